package org.hrcities.platform.domain.mail;

/** Why the site writes to someone: each kind of message it sends. */
public enum MailKind {
    /** The first time an address asks for notifications: a link to confirm it (double opt-in). */
    ADDRESS_CONFIRMATION,
    /** A commenter's own comment was published. */
    COMMENT_PUBLISHED,
    /** Someone's reply to a commenter's comment was published. */
    COMMENT_REPLY,
    /** To a moderator who asked for it: comments wait for moderation. */
    MODERATION_DIGEST,
    /** A request for a copy or the erasure of one's data: a link to confirm it. */
    DATA_REQUEST_CONFIRMATION,
    /** The copy of one's data is ready: a link to download it once. */
    DATA_EXPORT_READY,
    /** One's data was erased: what was done. */
    DATA_ERASED
}

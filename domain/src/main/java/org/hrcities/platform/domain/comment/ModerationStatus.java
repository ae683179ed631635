package org.hrcities.platform.domain.comment;

/** Where a comment stands in moderation. Only approved comments are public. */
public enum ModerationStatus {
    /** Waiting for a moderator. */
    PENDING,
    /** Public. */
    APPROVED,
    /** Judged to be spam. */
    SPAM,
    /** Thrown away; may still be restored. */
    TRASH
}

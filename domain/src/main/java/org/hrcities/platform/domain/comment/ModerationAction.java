package org.hrcities.platform.domain.comment;

/** What happened to a comment in moderation: its arrival, or what a moderator (or a rule) did to it. */
public enum ModerationAction {
    /** The comment arrived and the rules on arrival gave it its first status. */
    RECEIVED,
    /** Made public (from pending or spam). */
    APPROVE,
    /** Taken out of public view, back into the queue. */
    HOLD,
    /** Judged to be spam. */
    SPAM,
    /** Thrown away, still restorable. */
    TRASH,
    /** Brought back from trash or spam into the queue. */
    RESTORE,
    /** Deleted for good (only from trash or spam). */
    DELETE;

    /** True for the actions a moderator may take; false for {@link #RECEIVED}, which only an arrival records. */
    public boolean isModeratorAction() {
        return this != RECEIVED;
    }
}

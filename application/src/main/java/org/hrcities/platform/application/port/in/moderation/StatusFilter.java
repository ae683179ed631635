package org.hrcities.platform.application.port.in.moderation;

import org.hrcities.platform.domain.comment.ModerationStatus;

/**
 * The moderation queue's tabs: one status, the comments readers reported (those with open reports,
 * whatever their status), or all of them.
 */
public enum StatusFilter {
    PENDING(ModerationStatus.PENDING),
    APPROVED(ModerationStatus.APPROVED),
    SPAM(ModerationStatus.SPAM),
    TRASH(ModerationStatus.TRASH),
    /** The comments with open reports from readers, in any status. */
    REPORTED(null),
    ALL(null);

    private final ModerationStatus status;

    StatusFilter(ModerationStatus status) {
        this.status = status;
    }

    /** Whether this tab lists the comments with open reports rather than a status. */
    public boolean reportedOnly() {
        return this == REPORTED;
    }

    /** The status this tab shows; null for {@link #ALL} and {@link #REPORTED}. */
    public ModerationStatus statusOrNull() {
        return status;
    }
}

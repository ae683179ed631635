package org.hrcities.platform.application.port.in.moderation;

import org.hrcities.platform.domain.comment.ModerationStatus;

/** The moderation queue's tabs: one status, or all of them. */
public enum StatusFilter {
    PENDING(ModerationStatus.PENDING),
    APPROVED(ModerationStatus.APPROVED),
    SPAM(ModerationStatus.SPAM),
    TRASH(ModerationStatus.TRASH),
    ALL(null);

    private final ModerationStatus status;

    StatusFilter(ModerationStatus status) {
        this.status = status;
    }

    /** The status this tab shows; null for {@link #ALL}. */
    public ModerationStatus statusOrNull() {
        return status;
    }
}

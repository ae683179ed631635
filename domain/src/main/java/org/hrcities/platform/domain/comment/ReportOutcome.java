package org.hrcities.platform.domain.comment;

/** How a moderator closed a report: by the decision taken on the comment it reports. */
public enum ReportOutcome {
    /** The comment was approved (made public again): the report did not hold. */
    DISMISSED,
    /** The comment was removed (trash, spam or deleted for good): the report held. */
    UPHELD;

    /**
     * What a moderator's action on a reported comment means for its open reports: approving dismisses
     * them, trash, spam and deletion uphold them, and other actions (hold, restore) leave them open.
     *
     * @return the outcome, or null when the action leaves the reports open
     */
    public static ReportOutcome of(ModerationAction action) {
        return switch (action) {
            case APPROVE -> DISMISSED;
            case TRASH, SPAM, DELETE -> UPHELD;
            default -> null;
        };
    }
}

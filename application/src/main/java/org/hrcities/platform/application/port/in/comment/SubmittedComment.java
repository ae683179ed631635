package org.hrcities.platform.application.port.in.comment;

import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;

/**
 * What the visitor learns about the comment just stored: published ({@code APPROVED}) or awaiting
 * moderation. A comment judged to be spam must look exactly like a pending one to its sender:
 * {@link #isPublished()} and {@link #statusForSender()} say so; {@code status} is the truth, for logs.
 */
public record SubmittedComment(CommentId id, ModerationStatus status) {

    /** Whether the comment is public now. */
    public boolean isPublished() {
        return status == ModerationStatus.APPROVED;
    }

    /** The status the sender may be told: approved, or pending (also for spam). */
    public ModerationStatus statusForSender() {
        return isPublished() ? ModerationStatus.APPROVED : ModerationStatus.PENDING;
    }
}

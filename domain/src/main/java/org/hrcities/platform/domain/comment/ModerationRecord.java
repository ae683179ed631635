package org.hrcities.platform.domain.comment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Text;

/**
 * One entry of the moderation log: what happened to a comment, when, by whom and why. Entries outlive
 * the comment: deleting a comment keeps its history and is itself logged.
 *
 * @param fromStatus the status before; null exactly for {@link ModerationAction#RECEIVED}
 * @param toStatus the status after; null exactly for {@link ModerationAction#DELETE}
 * @param reason why, as the rule or the moderator gave it; null when none was given
 */
public record ModerationRecord(UUID id, CommentId commentId, PostId postId, Instant at, Actor actor,
                               ModerationAction action, ModerationStatus fromStatus, ModerationStatus toStatus,
                               String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public ModerationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if ((fromStatus == null) != (action == ModerationAction.RECEIVED)) {
            throw new IllegalArgumentException("exactly an arrival has no status before");
        }
        if ((toStatus == null) != (action == ModerationAction.DELETE)) {
            throw new IllegalArgumentException("exactly a deletion has no status after");
        }
        reason = optionalReason(reason);
    }

    /** A reason as given: stripped, null when blank, at most {@link #MAX_REASON_LENGTH} characters on one line. */
    public static String optionalReason(String reason) {
        return reason == null || reason.isBlank() ? null : Text.requireSingleLine("reason", reason, MAX_REASON_LENGTH);
    }

    /** The month (UTC) the entry counts towards in the transparency report. */
    public YearMonth month() {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }
}

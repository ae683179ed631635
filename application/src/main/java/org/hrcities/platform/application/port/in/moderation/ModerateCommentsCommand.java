package org.hrcities.platform.application.port.in.moderation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * A moderator's bulk action: the same action on up to {@value #MAX_TARGETS} comments (each named once),
 * with an optional reason for the log.
 */
public record ModerateCommentsCommand(List<ModerationTarget> targets, ModerationAction action, Actor actor,
                                      String reason) {

    public static final int MAX_TARGETS = PageRequest.MAX_SIZE;

    public ModerateCommentsCommand {
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw new InvalidValueException("comments", "name between 1 and " + MAX_TARGETS + " comments");
        }
        Set<CommentId> seen = new HashSet<>();
        for (ModerationTarget target : targets) {
            if (!seen.add(target.commentId())) {
                throw new InvalidValueException("comments", "comment " + target.commentId() + " is named twice");
            }
        }
        // each target is then checked as a single command would be
        for (ModerationTarget target : targets) {
            new ModerateCommentCommand(target, action, actor, reason);
        }
        reason = ModerationRecord.optionalReason(reason);
    }

    /** The command for one of the targets. */
    public ModerateCommentCommand forTarget(ModerationTarget target) {
        return new ModerateCommentCommand(target, action, actor, reason);
    }

    static ModerationAction moderatorAction(ModerationAction action) {
        if (action == null || !action.isModeratorAction()) {
            throw new InvalidValueException("action", "action must be one of APPROVE, HOLD, SPAM, TRASH, RESTORE, DELETE");
        }
        return action;
    }
}

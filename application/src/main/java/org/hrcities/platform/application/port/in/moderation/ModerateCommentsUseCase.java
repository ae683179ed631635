package org.hrcities.platform.application.port.in.moderation;

import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;

/**
 * Moderators approve, hold, mark as spam, trash, restore or delete comments for good; every action is
 * logged with its actor and reason. An action applies only to the version of the comment the
 * moderator saw: when two moderators act on the same comment at once, exactly one succeeds.
 */
public interface ModerateCommentsUseCase {

    /**
     * Acts on each comment on its own, in its own transaction: one comment that cannot be moderated
     * does not undo the others. Answers the outcome per comment, in the order of the targets.
     */
    BulkModerationResult moderateComments(ModerateCommentsCommand command);

    /**
     * Acts on one comment (for an API with If-Match).
     *
     * @return the comment as stored after the action; empty after {@link org.hrcities.platform.domain.comment.ModerationAction#DELETE}
     * @throws org.hrcities.platform.application.port.in.comment.CommentNotFoundException if no comment has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the comment is no longer at the expected version
     * @throws org.hrcities.platform.domain.comment.ModerationNotAllowedException if the action does not apply to its status
     * @throws org.hrcities.platform.domain.comment.CommentHasRepliesException if it is to be deleted but others answer it
     */
    Optional<Comment> moderateComment(ModerateCommentCommand command);
}

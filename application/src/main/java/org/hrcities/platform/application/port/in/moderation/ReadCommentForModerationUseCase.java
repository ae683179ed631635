package org.hrcities.platform.application.port.in.moderation;

import org.hrcities.platform.domain.comment.CommentId;

/** Moderators read one comment in full (email and sender's address included), with its post. */
public interface ReadCommentForModerationUseCase {

    /** @throws org.hrcities.platform.application.port.in.comment.CommentNotFoundException if no comment has the id (any more) */
    ModerationQueueItem readCommentForModeration(CommentId id);
}

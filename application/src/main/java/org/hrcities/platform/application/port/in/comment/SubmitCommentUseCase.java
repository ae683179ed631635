package org.hrcities.platform.application.port.in.comment;

/** A visitor leaves a comment on a published post, or replies to one of its comments. */
public interface SubmitCommentUseCase {

    /**
     * Stores the comment for moderation (or as spam, when a bot's signs are on it).
     *
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if no published post has the slug
     * @throws org.hrcities.platform.domain.comment.CommentsNotAcceptedException if the post's comments are closed
     * @throws UnknownParentCommentException if the parent is not a comment of this post
     * @throws org.hrcities.platform.domain.comment.InvalidReplyException if the parent cannot be answered
     */
    SubmittedComment submitComment(SubmitCommentCommand command);
}

package org.hrcities.platform.application.port.in.comment;

/** A visitor leaves a comment on a published post, or replies to one of its comments. */
public interface SubmitCommentUseCase {

    /**
     * Stores the comment with the status the rules on arrival give it (see
     * {@link org.hrcities.platform.domain.comment.ModerationPolicy}) and logs its arrival. Checks, in order:
     * the post, whether it takes comments, the parent, an exact duplicate, the flood interval.
     *
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if no published post in the
     *         language has the slug
     * @throws org.hrcities.platform.domain.comment.CommentsNotAcceptedException if the post's comments are closed,
     *         by the post or because it was published longer ago than the settings keep comments open
     * @throws org.hrcities.platform.domain.comment.InvalidReplyException if the parent is no comment of this
     *         post, or one that cannot be answered
     * @throws DuplicateCommentException if the same email left exactly this text on the post already
     * @throws CommentFloodException if the same address or email had a comment accepted within the flood interval
     */
    SubmittedComment submitComment(SubmitCommentCommand command);
}

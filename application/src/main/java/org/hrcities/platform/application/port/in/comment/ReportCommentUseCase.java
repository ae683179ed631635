package org.hrcities.platform.application.port.in.comment;

/**
 * A reader reports a public comment for moderators to look at. Reports from as many distinct readers
 * as the discussion settings' report threshold hide the comment until a moderator decides.
 */
public interface ReportCommentUseCase {

    /**
     * Takes the report. A reader who reported the comment before is answered the same way, and their
     * report counts once.
     *
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if no published post in the
     *         language has the slug
     * @throws CommentNotFoundException if the post has no public comment with the id
     * @throws ReportFloodException if the reader sent a report less than the flood interval ago
     */
    void reportComment(ReportCommentCommand command);
}

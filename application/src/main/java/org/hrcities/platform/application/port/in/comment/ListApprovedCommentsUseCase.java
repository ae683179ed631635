package org.hrcities.platform.application.port.in.comment;

import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.shared.Page;

/** Visitors read the approved comments of a published post, oldest first. */
public interface ListApprovedCommentsUseCase {

    /** @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if no published post in the
     *         language has the slug */
    Page<Comment> listApprovedComments(ListApprovedCommentsQuery query);
}

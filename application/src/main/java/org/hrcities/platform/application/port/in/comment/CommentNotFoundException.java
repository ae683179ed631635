package org.hrcities.platform.application.port.in.comment;

import org.hrcities.platform.domain.comment.CommentId;

/** No comment has the id: it never existed or was deleted for good. */
public class CommentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommentNotFoundException(CommentId id) {
        super("no comment has the id " + id);
    }
}

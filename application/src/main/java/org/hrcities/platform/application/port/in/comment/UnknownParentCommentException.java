package org.hrcities.platform.application.port.in.comment;

import org.hrcities.platform.domain.shared.InvalidValueException;

/** The comment a reply answers does not exist on this post. */
public class UnknownParentCommentException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public UnknownParentCommentException() {
        super("parentId", "parentId does not name a comment on this post");
    }
}

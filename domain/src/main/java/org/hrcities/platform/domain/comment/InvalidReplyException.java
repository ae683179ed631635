package org.hrcities.platform.domain.comment;

import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * A reply must answer a public comment of the same post, within the depth that threads allow. The
 * refused input is the reply's {@code parentId}.
 */
public class InvalidReplyException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    InvalidReplyException(String message) {
        super("parentId", message);
    }

    /** The parent named is no comment of the post at all: it never was, it was deleted, or it is another post's. */
    public static InvalidReplyException toNoCommentOfThePost() {
        return new InvalidReplyException("parentId does not name a comment on this post");
    }
}

package org.hrcities.platform.domain.comment;

import org.hrcities.platform.domain.shared.DomainException;

/** The post takes no comments: it is not published, or its comments are closed. */
public class CommentsNotAcceptedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final boolean postPublished;

    CommentsNotAcceptedException(boolean postPublished) {
        super(postPublished ? "comments on this post are closed" : "this post is not published and takes no comments");
        this.postPublished = postPublished;
    }

    /** False when the post is a draft or scheduled; true when it is published with its comments closed. */
    public boolean postPublished() {
        return postPublished;
    }
}

package org.hrcities.platform.domain.comment;

import org.hrcities.platform.domain.shared.DomainException;

/** The post takes no comments: it is not published, or its comments are closed. */
public class CommentsNotAcceptedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final boolean postPublished;

    CommentsNotAcceptedException(boolean postPublished) {
        this(postPublished, postPublished ? "comments on this post are closed"
                : "this post is not published and takes no comments");
    }

    private CommentsNotAcceptedException(boolean postPublished, String message) {
        super(message);
        this.postPublished = postPublished;
    }

    /** The post is published, but longer ago than the site keeps comments open. */
    static CommentsNotAcceptedException closedAfter(int days) {
        return new CommentsNotAcceptedException(true,
                "comments on this post are closed: they close " + days + " days after publication");
    }

    /** False when the post is a draft or scheduled; true when it is published with its comments closed. */
    public boolean postPublished() {
        return postPublished;
    }
}

package org.hrcities.platform.domain.comment;

import org.hrcities.platform.domain.shared.DomainException;

/** A comment that others answer cannot be deleted while its replies remain: they would lose their thread. */
public class CommentHasRepliesException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CommentHasRepliesException(CommentId id) {
        super("comment " + id + " has replies; delete them first");
    }
}

package org.hrcities.platform.application.port.in.moderation;

import java.util.Objects;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** A comment to moderate and the version the moderator saw it at (an If-Match, in HTTP terms). */
public record ModerationTarget(CommentId commentId, long expectedVersion) {

    public ModerationTarget {
        Objects.requireNonNull(commentId, "commentId");
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the stored version of the comment (1 or more)");
        }
    }
}

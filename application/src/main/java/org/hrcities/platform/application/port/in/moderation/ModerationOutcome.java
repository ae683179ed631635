package org.hrcities.platform.application.port.in.moderation;

import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;

/**
 * What became of one comment of a bulk action.
 *
 * @param message why it was not done, in words a moderator can read; null when done
 * @param commentOrNull the comment as stored after the action; null when not done or deleted
 */
public record ModerationOutcome(CommentId commentId, Result result, String message, Comment commentOrNull) {

    /** Done, or why not. */
    public enum Result {
        /** Done. */
        OK,
        /** No comment has the id (any more). */
        NOT_FOUND,
        /** The comment changed since the moderator saw it (stale version); nothing was done. */
        CONFLICT,
        /** The action does not apply to the comment as it is (its status, or its replies). */
        NOT_ALLOWED
    }

    public ModerationOutcome {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(result, "result");
        if ((result == Result.OK) != (message == null)) {
            throw new IllegalArgumentException("exactly the actions not done carry a message");
        }
        if (commentOrNull != null && result != Result.OK) {
            throw new IllegalArgumentException("only a done action carries the comment");
        }
    }

    public static ModerationOutcome done(CommentId id, Comment commentOrNull) {
        return new ModerationOutcome(id, Result.OK, null, commentOrNull);
    }

    public static ModerationOutcome failed(CommentId id, Result result, String message) {
        return new ModerationOutcome(id, result, message, null);
    }

    public Optional<Comment> comment() {
        return Optional.ofNullable(commentOrNull);
    }
}

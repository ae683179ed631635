package org.hrcities.platform.domain.comment;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a comment. */
public record CommentId(UUID value) {

    public CommentId {
        if (value == null) {
            throw new InvalidValueException("commentId", "comment id is required");
        }
    }

    public static CommentId generate() {
        return new CommentId(UUID.randomUUID());
    }

    /** Reads an id sent by a client; {@code field} names the input it came from. */
    public static CommentId parse(String field, String text) {
        try {
            return new CommentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(field, field + " must be a comment id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.hrcities.platform.domain.post;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a post for its whole life, whatever its slug becomes. */
public record PostId(UUID value) {

    public PostId {
        if (value == null) {
            throw new InvalidValueException("postId", "post id is required");
        }
    }

    public static PostId generate() {
        return new PostId(UUID.randomUUID());
    }

    public static PostId parse(String text) {
        try {
            return new PostId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("postId", "post id must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

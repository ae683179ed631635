package org.hrcities.platform.domain.topic;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a topic. */
public record TopicId(UUID value) {

    public TopicId {
        if (value == null) {
            throw new InvalidValueException("topicId", "topic id is required");
        }
    }

    public static TopicId generate() {
        return new TopicId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

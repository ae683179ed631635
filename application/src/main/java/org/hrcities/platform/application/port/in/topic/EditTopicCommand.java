package org.hrcities.platform.application.port.in.topic;

import java.util.Objects;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.topic.TopicId;

/** An editor replaces what a topic says, as read at {@code expectedVersion}. */
public record EditTopicCommand(TopicId id, long expectedVersion, TopicInput topic) {

    public EditTopicCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the version of the topic as it was read (1 or more)");
        }
    }
}

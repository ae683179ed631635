package org.hrcities.platform.application.port.in.topic;

import java.util.Objects;

/** An editor adds a topic that posts may be filed under. */
public record CreateTopicCommand(TopicInput topic) {

    public CreateTopicCommand {
        Objects.requireNonNull(topic, "topic");
    }
}

package org.hrcities.platform.application.port.in.topic;

import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/** Editors open one topic, with its version, to change it. */
public interface ReadTopicForAdministrationUseCase {

    /** @throws TopicNotFoundException if no topic has the id */
    Topic readTopicForAdministration(TopicId id);
}

package org.hrcities.platform.application.port.in.topic;

import org.hrcities.platform.domain.topic.Topic;

/**
 * Editors change a topic's name, description or slug. Posts refer to the topic by its id, so they stay
 * filed under it; links to its former slug no longer lead to it.
 */
public interface EditTopicUseCase {

    /**
     * Replaces what the topic says; without a slug, the topic keeps its own.
     *
     * @return the topic as stored, at its new version
     * @throws TopicNotFoundException if no topic has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the topic is no longer
     *         at the expected version: nothing is changed
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another topic has the slug
     */
    Topic editTopic(EditTopicCommand command);
}

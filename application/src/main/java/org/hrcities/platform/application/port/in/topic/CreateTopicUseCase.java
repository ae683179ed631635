package org.hrcities.platform.application.port.in.topic;

import org.hrcities.platform.domain.topic.Topic;

/** Editors add a topic. */
public interface CreateTopicUseCase {

    /**
     * Stores a new topic; without a slug, the slug is derived from the name.
     *
     * @return the topic as stored
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another topic has the slug
     * @throws org.hrcities.platform.domain.shared.InvalidValueException on {@code slug} if none is
     *         given and the name yields none (a name of punctuation alone)
     */
    Topic createTopic(CreateTopicCommand command);
}

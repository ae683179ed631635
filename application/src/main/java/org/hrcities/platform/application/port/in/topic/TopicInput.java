package org.hrcities.platform.application.port.in.topic;

import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.topic.Topic;

/**
 * What an editor says about a topic. It validates itself: a bad value throws
 * {@link InvalidValueException} naming its field ({@code name}, {@code description}). Text is stored
 * stripped; the description is Markdown and may be empty. A null slug is derived from the name for a
 * new topic and left as it is for a stored one.
 */
public record TopicInput(Slug slug, String name, String description) {

    public TopicInput {
        name = Text.requireSingleLine("name", name, Topic.MAX_NAME_LENGTH);
        description = Text.optionalMultiLine("description", description, Topic.MAX_DESCRIPTION_BYTES);
    }
}

package org.hrcities.platform.adapter.in.web.api.topic;

import org.hrcities.platform.domain.topic.Topic;

/** A topic: its name and what it covers ({@code description}, Markdown, empty when none was given). */
public record TopicResponse(String id, String slug, String name, String description, String url) {

    public static TopicResponse from(Topic topic) {
        return new TopicResponse(topic.id().toString(), topic.slug().value(), topic.name(), topic.description(),
                "/api/topics/" + topic.slug().value());
    }
}

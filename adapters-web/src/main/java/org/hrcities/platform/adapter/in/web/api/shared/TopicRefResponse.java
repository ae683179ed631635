package org.hrcities.platform.adapter.in.web.api.shared;

import org.hrcities.platform.domain.topic.Topic;

/** A topic as other resources mention it. */
public record TopicRefResponse(String slug, String name, String url) {

    public static TopicRefResponse from(Topic topic) {
        return new TopicRefResponse(topic.slug().value(), topic.name(), "/api/topics/" + topic.slug().value());
    }
}

package org.hrcities.platform.adapter.in.web.api.topic;

import org.hrcities.platform.domain.topic.Topic;

/** A topic as editors see it, with its version (the ETag) and its address in the public API. */
public record AdminTopicResponse(String id, String slug, String name, String description, long version, String url) {

    public static AdminTopicResponse from(Topic topic) {
        return new AdminTopicResponse(topic.id().toString(), topic.slug().value(), topic.name(), topic.description(),
                topic.version(), "/api/topics/" + topic.slug().value());
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/** Maps topics to their rows and back. */
final class TopicJpaMapper {

    private TopicJpaMapper() {
    }

    static Topic toDomain(TopicJpaEntity row) {
        return Topic.reconstitute(new TopicId(row.id), new Slug(row.slug), row.name, row.description, row.version);
    }

    /** Writes the topic's state into the row; the version is left to JPA. */
    static void copyInto(Topic topic, TopicJpaEntity row) {
        row.slug = topic.slug().value();
        row.name = topic.name();
        row.description = topic.description();
    }
}

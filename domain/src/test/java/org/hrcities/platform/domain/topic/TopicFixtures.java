package org.hrcities.platform.domain.topic;

import org.hrcities.platform.domain.shared.Slug;

/** Topics for tests. */
public final class TopicFixtures {

    private TopicFixtures() {
    }

    public static Topic housing() {
        return Topic.create(TopicId.generate(), new Slug("housing"), "Housing", "Homes for everyone.");
    }

    public static Topic aTopic(String slug, String name) {
        return Topic.create(TopicId.generate(), new Slug(slug), name, "");
    }
}

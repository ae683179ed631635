package org.hrcities.platform.application.port.in.topic;

import java.util.Objects;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A topic with a page of the published posts filed under it, newest first, each as lists show it:
 * with its partner cities, its topics and its number of public comments.
 */
public record TopicProfile(Topic topic, Page<PublishedPost> posts) {

    public TopicProfile {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(posts, "posts");
    }
}

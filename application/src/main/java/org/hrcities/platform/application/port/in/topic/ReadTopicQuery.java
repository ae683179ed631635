package org.hrcities.platform.application.port.in.topic;

import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** Which topic, and which page of its published posts. */
public record ReadTopicQuery(Slug slug, PageRequest postsPage) {

    public ReadTopicQuery {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(postsPage, "postsPage");
    }
}

package org.hrcities.platform.application.port.in.topic;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** Which topic, and which page of its published posts in {@code language}. */
public record ReadTopicQuery(Language language, Slug slug, PageRequest postsPage) {

    public ReadTopicQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(postsPage, "postsPage");
    }
}

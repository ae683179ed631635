package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Which page of the published posts in {@code language}: of all of them, or of those tagged with one partner
 * city (null for all).
 */
public record ListPublishedPostsQuery(Language language, PageRequest page, Slug partnerCity) {

    public ListPublishedPostsQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(page, "page");
    }

    public ListPublishedPostsQuery(Language language, PageRequest page) {
        this(language, page, null);
    }
}

package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** Which page of the published posts: of all of them, or of those tagged with one partner city (null for all). */
public record ListPublishedPostsQuery(PageRequest page, Slug partnerCity) {

    public ListPublishedPostsQuery {
        Objects.requireNonNull(page, "page");
    }

    public ListPublishedPostsQuery(PageRequest page) {
        this(page, null);
    }
}

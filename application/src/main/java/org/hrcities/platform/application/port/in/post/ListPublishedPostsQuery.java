package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;

public record ListPublishedPostsQuery(PageRequest page) {

    public ListPublishedPostsQuery {
        Objects.requireNonNull(page, "page");
    }
}

package org.hrcities.platform.application.port.in.comment;

import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

public record ListApprovedCommentsQuery(Slug postSlug, PageRequest page) {

    public ListApprovedCommentsQuery {
        Objects.requireNonNull(postSlug, "postSlug");
        Objects.requireNonNull(page, "page");
    }
}

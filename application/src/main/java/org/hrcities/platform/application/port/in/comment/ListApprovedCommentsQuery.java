package org.hrcities.platform.application.port.in.comment;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** A page of the approved comments of the post at {@code postSlug} among the posts in {@code language}. */
public record ListApprovedCommentsQuery(Language language, Slug postSlug, PageRequest page) {

    public ListApprovedCommentsQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(postSlug, "postSlug");
        Objects.requireNonNull(page, "page");
    }
}

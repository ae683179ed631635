package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** The published post at {@code slug} among the posts in {@code language}. */
public record ReadPublishedPostQuery(Language language, Slug slug) {

    public ReadPublishedPostQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
    }
}

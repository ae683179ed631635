package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** Which city, and which page of its published posts in {@code language}. */
public record ReadPartnerCityQuery(Language language, Slug slug, PageRequest postsPage) {

    public ReadPartnerCityQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(postsPage, "postsPage");
    }
}

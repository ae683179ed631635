package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** Which city, in which of the site's languages, and which page of its published posts. */
public record ReadPartnerCityQuery(Slug slug, Language language, PageRequest postsPage) {

    public ReadPartnerCityQuery {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(postsPage, "postsPage");
    }
}

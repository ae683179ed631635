package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** Which city, and which page of its published posts. */
public record ReadPartnerCityQuery(Slug slug, PageRequest postsPage) {

    public ReadPartnerCityQuery {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(postsPage, "postsPage");
    }
}

package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Page;

/** A city with a page of the published posts tagged with it, newest first. */
public record PartnerCityProfile(PartnerCity city, Page<Post> posts) {

    public PartnerCityProfile {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(posts, "posts");
    }
}

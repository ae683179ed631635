package org.hrcities.platform.application.port.in.city;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;

/**
 * A city as visitors read it in one language, with a page of the published posts tagged with it,
 * newest first.
 *
 * @param city           the city, its name and description in the site's default language
 * @param language       the language it is read in
 * @param name           its name in that language, or else in the default language
 * @param description    its description in that language, or else in the default language
 * @param translatedInto the site's languages besides the default that have a translation of the city, by code
 * @param posts          the page of its published posts
 */
public record PartnerCityProfile(PartnerCity city, Language language, String name, String description,
                                 List<Language> translatedInto, Page<Post> posts) {

    public PartnerCityProfile {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        translatedInto = List.copyOf(translatedInto);
        Objects.requireNonNull(posts, "posts");
    }
}

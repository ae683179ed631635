package org.hrcities.platform.application.port.in.city;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.Language;

/**
 * A city as the visitors' list and map show it in one language.
 *
 * @param city           the city, its name and description in the site's default language
 * @param language       the language it is shown in
 * @param name           its name in that language, or else in the default language
 * @param description    its description in that language, or else in the default language
 * @param translatedInto the site's languages besides the default that have a translation of the city, by code
 */
public record PartnerCityInLanguage(PartnerCity city, Language language, String name, String description,
                                    List<Language> translatedInto) {

    public PartnerCityInLanguage {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        translatedInto = List.copyOf(translatedInto);
    }
}

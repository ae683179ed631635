package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Maps partner cities to their rows and back. */
final class PartnerCityJpaMapper {

    private PartnerCityJpaMapper() {
    }

    static PartnerCity toDomain(PartnerCityJpaEntity row) {
        return PartnerCity.reconstitute(new PartnerCityId(row.id), new Slug(row.slug), row.name,
                new CountryCode(row.countryCode), MembershipKind.valueOf(row.membership), Year.of(row.memberSince),
                row.website == null ? null : new WebsiteUrl(row.website), new GeoPoint(row.latitude, row.longitude),
                row.description, row.retired, translations(row), row.version);
    }

    private static Map<Language, CityTranslation> translations(PartnerCityJpaEntity row) {
        Map<Language, CityTranslation> translations = new TreeMap<>();
        row.translations.forEach((language, stored) ->
                translations.put(new Language(language), new CityTranslation(stored.name, stored.description)));
        return translations;
    }

    /** Writes the city's state into the row; the version is left to JPA. */
    static void copyInto(PartnerCity city, PartnerCityJpaEntity row) {
        row.slug = city.slug().value();
        row.name = city.name();
        row.countryCode = city.country().value();
        row.membership = city.membership().name();
        row.memberSince = city.memberSince().getValue();
        row.website = city.website().map(WebsiteUrl::value).orElse(null);
        row.latitude = city.location().latitude();
        row.longitude = city.location().longitude();
        row.description = city.description();
        row.retired = city.isRetired();
        Map<String, CityTranslation> wanted = new TreeMap<>();
        city.translations().forEach((language, translation) -> wanted.put(language.code(), translation));
        row.translations.keySet().removeIf(language -> !wanted.containsKey(language));
        wanted.forEach((language, translation) -> {
            CityTranslationJpaEmbeddable stored = row.translations.get(language);
            if (stored == null || !stored.name.equals(translation.name())
                    || !stored.description.equals(translation.description())) {
                row.translations.put(language, new CityTranslationJpaEmbeddable(translation.name(), translation.description()));
            }
        });
    }
}

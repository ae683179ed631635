package org.hrcities.platform.adapter.in.web.api.city;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A partner city as administrators see it, current or retired, with its version (the ETag): its name
 * and description in the site's default language, and its {@code translations} into the others, by code.
 */
public record AdminPartnerCityResponse(String id, String slug, String name, String country, String membership,
                                       int memberSince, String website, double latitude, double longitude,
                                       String description, boolean retired, long version, String url,
                                       Map<String, CityTranslationResponse> translations) {

    public static AdminPartnerCityResponse from(PartnerCity city) {
        Map<String, CityTranslationResponse> translations = new LinkedHashMap<>();
        city.translations().forEach((language, translation) ->
                translations.put(language.code(), CityTranslationResponse.from(translation)));
        return new AdminPartnerCityResponse(city.id().toString(), city.slug().value(), city.name(), city.country().value(),
                city.membership().name(), city.memberSince().getValue(), city.website().map(WebsiteUrl::value).orElse(null),
                city.location().latitude(), city.location().longitude(), city.description(), city.isRetired(),
                city.version(), "/api/cities/" + city.slug().value(), translations);
    }
}

package org.hrcities.platform.adapter.in.web.api.city;

import org.hrcities.platform.domain.city.CityTranslation;

/** A city's name and description in one of the site's languages besides the default ("" where it has none). */
public record CityTranslationResponse(String name, String description) {

    public static CityTranslationResponse from(CityTranslation translation) {
        return new CityTranslationResponse(translation.name(), translation.description());
    }
}

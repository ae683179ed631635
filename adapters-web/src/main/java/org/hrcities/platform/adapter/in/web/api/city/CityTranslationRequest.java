package org.hrcities.platform.adapter.in.web.api.city;

/**
 * A city's name and description in one of the site's languages besides the default, in
 * {@code translations} of {@link WritePartnerCityRequest}. Either may be empty or missing: visitors then
 * read the default language's; both empty remove the translation.
 */
public record CityTranslationRequest(String name, String description) {
}

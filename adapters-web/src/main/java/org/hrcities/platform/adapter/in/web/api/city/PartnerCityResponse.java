package org.hrcities.platform.adapter.in.web.api.city;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationLinkResponse;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A partner city with everything the network says about it, in one of the site's languages: its name
 * and description in that language (or else in the default language), and where visitors read its
 * page in the other languages it is written in ({@code translations}; the default language always).
 */
public record PartnerCityResponse(String id, String language, String slug, String name, String country,
                                  String countryName, String membership, int memberSince, String website,
                                  double latitude, double longitude, String description, String url,
                                  List<TranslationLinkResponse> translations) {

    /**
     * @param url the city in this language in the API ("/api/cities/graz", "/api/cities/graz?lang=fr")
     */
    public static PartnerCityResponse from(PartnerCity city, String language, String name, String description,
                                           String url, List<TranslationLinkResponse> translations) {
        return new PartnerCityResponse(city.id().toString(), language, city.slug().value(), name, city.country().value(),
                city.country().englishName(), city.membership().name(), city.memberSince().getValue(),
                city.website().map(WebsiteUrl::value).orElse(null), city.location().latitude(),
                city.location().longitude(), description, url, translations);
    }
}

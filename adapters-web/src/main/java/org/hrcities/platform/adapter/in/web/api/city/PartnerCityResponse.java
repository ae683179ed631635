package org.hrcities.platform.adapter.in.web.api.city;

import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** A partner city with everything the network says about it. */
public record PartnerCityResponse(String id, String slug, String name, String country, String countryName,
                                  String membership, int memberSince, String website, double latitude,
                                  double longitude, String description, String url) {

    public static PartnerCityResponse from(PartnerCity city) {
        return new PartnerCityResponse(city.id().toString(), city.slug().value(), city.name(), city.country().value(),
                city.country().englishName(), city.membership().name(), city.memberSince().getValue(),
                city.website().map(WebsiteUrl::value).orElse(null), city.location().latitude(),
                city.location().longitude(), city.description(), "/api/cities/" + city.slug().value());
    }
}

package org.hrcities.platform.adapter.in.web.api.shared;

import org.hrcities.platform.domain.city.PartnerCity;

/** A partner city as other resources mention it. */
public record PartnerCityRefResponse(String slug, String name, String url) {

    public static PartnerCityRefResponse from(PartnerCity city) {
        return new PartnerCityRefResponse(city.slug().value(), city.name(), "/api/cities/" + city.slug().value());
    }
}

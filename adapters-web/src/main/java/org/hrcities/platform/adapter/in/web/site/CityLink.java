package org.hrcities.platform.adapter.in.web.site;

import org.hrcities.platform.domain.city.PartnerCity;

/** A partner city as a link on a page. */
public record CityLink(String slug, String name) {

    public static CityLink of(PartnerCity city) {
        return new CityLink(city.slug().value(), city.name());
    }

    public String href() {
        return "/cities/" + slug;
    }
}

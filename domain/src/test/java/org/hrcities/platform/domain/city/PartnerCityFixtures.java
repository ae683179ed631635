package org.hrcities.platform.domain.city;

import java.time.Year;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Partner cities for tests. */
public final class PartnerCityFixtures {

    private PartnerCityFixtures() {
    }

    public static PartnerCity graz() {
        return aCity("graz", "Graz", "AT", 47.0707, 15.4395);
    }

    public static PartnerCity york() {
        return aCity("york", "York", "GB", 53.9600, -1.0873);
    }

    public static PartnerCity aCity(String slug, String name, String country, double latitude, double longitude) {
        return PartnerCity.join(PartnerCityId.generate(), new Slug(slug), name, new CountryCode(country),
                MembershipKind.ASSOCIATE_MEMBER, Year.of(2020), new WebsiteUrl("https://www." + slug + ".example"),
                new GeoPoint(latitude, longitude), name + " takes part in the network.");
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.Year;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
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
                row.description, row.retired, row.version);
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
    }
}

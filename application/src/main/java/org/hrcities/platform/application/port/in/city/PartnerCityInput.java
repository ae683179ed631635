package org.hrcities.platform.application.port.in.city;

import java.time.Year;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Everything an administrator says about a partner city. It validates itself: a missing or bad
 * value throws {@link InvalidValueException} naming its field ({@code slug}, {@code name},
 * {@code country}, {@code membership}, {@code memberSince}, {@code location}, {@code description}).
 * The website may be null; text is stored stripped.
 */
public record PartnerCityInput(Slug slug, String name, CountryCode country, MembershipKind membership,
                               Year memberSince, WebsiteUrl website, GeoPoint location, String description) {

    public PartnerCityInput {
        require("slug", slug);
        name = Text.requireSingleLine("name", name, PartnerCity.MAX_NAME_LENGTH);
        require("country", country);
        require("membership", membership);
        require("memberSince", memberSince);
        if (memberSince.getValue() < PartnerCity.EARLIEST_MEMBERSHIP_YEAR
                || memberSince.getValue() > PartnerCity.LATEST_MEMBERSHIP_YEAR) {
            throw new InvalidValueException("memberSince", "member since must be a year between "
                    + PartnerCity.EARLIEST_MEMBERSHIP_YEAR + " and " + PartnerCity.LATEST_MEMBERSHIP_YEAR);
        }
        require("location", location);
        description = Text.optionalMultiLine("description", description, PartnerCity.MAX_DESCRIPTION_BYTES);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
    }
}

package org.hrcities.platform.application.port.in.city;

import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Everything an administrator says about a partner city. It validates itself: a missing or bad
 * value throws {@link InvalidValueException} naming its field ({@code slug}, {@code name},
 * {@code country}, {@code membership}, {@code memberSince}, {@code location}, {@code description}).
 * The website may be null; text is stored stripped.
 *
 * <p>{@code name} and {@code description} are in the site's default language; {@code translations}
 * give them in the site's other languages (the service refuses any other language, the default
 * included, with {@code translations} as the field). Null translations leave a stored city's as they
 * are (a new city has none); a map replaces them all, and a language left out loses its translation.
 */
public record PartnerCityInput(Slug slug, String name, CountryCode country, MembershipKind membership,
                               Year memberSince, WebsiteUrl website, GeoPoint location, String description,
                               Map<Language, CityTranslation> translations) {

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
        if (translations != null) {
            Map<Language, CityTranslation> copy = new TreeMap<>();
            translations.forEach((language, translation) -> {
                if (language == null || translation == null) {
                    throw new InvalidValueException("translations", "a translation names its language and says something");
                }
                copy.put(language, translation);
            });
            translations = Collections.unmodifiableMap(copy);
        }
    }

    /** What an administrator says about a city, leaving its translations as they are. */
    public PartnerCityInput(Slug slug, String name, CountryCode country, MembershipKind membership, Year memberSince,
                            WebsiteUrl website, GeoPoint location, String description) {
        this(slug, name, country, membership, memberSince, website, location, description, null);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
    }
}

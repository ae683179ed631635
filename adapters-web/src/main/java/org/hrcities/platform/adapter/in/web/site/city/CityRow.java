package org.hrcities.platform.adapter.in.web.site.city;

import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A partner city as the directory and its page show it. A retired city is never listed (the use case
 * lists the current cities only) but keeps its page, which calls it a former partner city.
 */
public record CityRow(String slug, String name, String countryName, String membership, int memberSince,
                      String website, String description, double latitude, double longitude, boolean retired) {

    /** The city with its name and description in the site's default language. */
    public static CityRow of(PartnerCity city) {
        return of(city, city.name(), city.description());
    }

    /** The city as the directory lists it in one language. */
    public static CityRow of(PartnerCityInLanguage city) {
        return of(city.city(), city.name(), city.description());
    }

    /** The city as its page shows it in one language. */
    public static CityRow of(PartnerCityProfile profile) {
        return of(profile.city(), profile.name(), profile.description());
    }

    private static CityRow of(PartnerCity city, String name, String description) {
        return new CityRow(city.slug().value(), name, city.country().englishName(), label(city.membership()),
                city.memberSince().getValue(), city.website().map(WebsiteUrl::value).orElse(null), description,
                city.location().latitude(), city.location().longitude(), city.isRetired());
    }

    static String label(MembershipKind kind) {
        return switch (kind) {
            case GUEST -> "Guest";
            case ASSOCIATE_MEMBER -> "Associate member";
        };
    }

    /** The text key of {@link #membership}, for pages in other languages. */
    public String membershipKey() {
        return "Guest".equals(membership) ? "city.membership.guest" : "city.membership.associate";
    }

    public String href() {
        return "/cities/" + slug;
    }

    /** The address of the Atom feed of the posts about the city. */
    public String feedHref() {
        return href() + "/feed.xml";
    }
}

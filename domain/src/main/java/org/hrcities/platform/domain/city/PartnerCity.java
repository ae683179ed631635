package org.hrcities.platform.domain.city;

import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A city that takes part in the Human Rights Cities Network. A city that leaves is <em>retired</em>,
 * not deleted: it leaves the public list and map but keeps its page (as a former partner city) and
 * the posts tagged with it.
 *
 * <p>Its {@linkplain #name() name} and {@linkplain #description() description} are in the site's
 * default language; {@linkplain #translations() translations} give them in other languages. The city
 * keeps one slug whatever the language.
 */
public final class PartnerCity {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_BYTES = 2_000;
    /** The Universal Declaration of Human Rights dates from 1948: no city joined before. */
    public static final int EARLIEST_MEMBERSHIP_YEAR = 1948;
    public static final int LATEST_MEMBERSHIP_YEAR = 2200;

    private final PartnerCityId id;
    private Slug slug;
    private String name;
    private CountryCode country;
    private MembershipKind membership;
    private Year memberSince;
    private WebsiteUrl website;
    private GeoPoint location;
    private String description;
    private boolean retired;
    private final Map<Language, CityTranslation> translations = new TreeMap<>();
    private final long version;

    private PartnerCity(PartnerCityId id, Slug slug, String name, CountryCode country, MembershipKind membership,
                        Year memberSince, WebsiteUrl website, GeoPoint location, String description, boolean retired,
                        Map<Language, CityTranslation> translations, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.retired = retired;
        this.version = version;
        describe(slug, name, country, membership, memberSince, website, location, description);
        Objects.requireNonNull(translations, "translations").forEach(this::translate);
    }

    /** Registers a city that joins the network. The website may be null. */
    public static PartnerCity join(PartnerCityId id, Slug slug, String name, CountryCode country,
                                   MembershipKind membership, Year memberSince, WebsiteUrl website,
                                   GeoPoint location, String description) {
        return new PartnerCity(id, slug, name, country, membership, memberSince, website, location, description, false,
                Map.of(), 0);
    }

    /** Rebuilds a stored city exactly as it was saved, with its translations; used by storage adapters. */
    public static PartnerCity reconstitute(PartnerCityId id, Slug slug, String name, CountryCode country,
                                           MembershipKind membership, Year memberSince, WebsiteUrl website,
                                           GeoPoint location, String description, boolean retired,
                                           Map<Language, CityTranslation> translations, long version) {
        return new PartnerCity(id, slug, name, country, membership, memberSince, website, location, description,
                retired, translations, version);
    }

    /** The city leaves the network: it is no longer listed, but its page and its post tags stay. */
    public void retire() {
        if (retired) {
            throw new PartnerCityStateException("the partner city " + slug + " is already retired");
        }
        retired = true;
    }

    /** A retired city rejoins the network and is listed again. */
    public void reinstate() {
        if (!retired) {
            throw new PartnerCityStateException("the partner city " + slug + " is not retired");
        }
        retired = false;
    }

    /** Replaces everything the network says about the city. */
    public void describe(Slug newSlug, String newName, CountryCode newCountry, MembershipKind newMembership,
                         Year newMemberSince, WebsiteUrl newWebsite, GeoPoint newLocation, String newDescription) {
        String checkedName = Text.requireSingleLine("name", newName, MAX_NAME_LENGTH);
        if (newMemberSince == null || newMemberSince.getValue() < EARLIEST_MEMBERSHIP_YEAR
                || newMemberSince.getValue() > LATEST_MEMBERSHIP_YEAR) {
            throw new InvalidValueException("memberSince", "member since must be a year between "
                    + EARLIEST_MEMBERSHIP_YEAR + " and " + LATEST_MEMBERSHIP_YEAR);
        }
        this.slug = Objects.requireNonNull(newSlug, "slug");
        this.name = checkedName;
        this.country = Objects.requireNonNull(newCountry, "country");
        this.membership = Objects.requireNonNull(newMembership, "membership");
        this.memberSince = newMemberSince;
        this.website = newWebsite;
        this.location = Objects.requireNonNull(newLocation, "location");
        this.description = Text.optionalMultiLine("description", newDescription, MAX_DESCRIPTION_BYTES);
    }

    /**
     * Gives the city's name and description in {@code language}, replacing the translation there was;
     * an {@linkplain CityTranslation#isEmpty() empty} translation removes it. Whether the site is
     * written in the language, and that it is not the default, is for the caller to check.
     */
    public void translate(Language language, CityTranslation translation) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(translation, "translation");
        if (translation.isEmpty()) {
            translations.remove(language);
        } else {
            translations.put(language, translation);
        }
    }

    /** Removes the translation into {@code language}, if there is one. */
    public void removeTranslation(Language language) {
        translations.remove(Objects.requireNonNull(language, "language"));
    }

    /** The name and description in other languages than the default, by language code; never empty ones. */
    public Map<Language, CityTranslation> translations() {
        return Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** The city's name in {@code language}: its translation there, or else the name in the default language. */
    public String nameIn(Language language) {
        CityTranslation translation = translations.get(language);
        return translation == null || translation.name().isEmpty() ? name : translation.name();
    }

    /** The description in {@code language}: its translation there, or else the description in the default language. */
    public String descriptionIn(Language language) {
        CityTranslation translation = translations.get(language);
        return translation == null || translation.description().isEmpty() ? description : translation.description();
    }

    public PartnerCityId id() {
        return id;
    }

    public Slug slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public CountryCode country() {
        return country;
    }

    public MembershipKind membership() {
        return membership;
    }

    public Year memberSince() {
        return memberSince;
    }

    public Optional<WebsiteUrl> website() {
        return Optional.ofNullable(website);
    }

    public GeoPoint location() {
        return location;
    }

    public String description() {
        return description;
    }

    /** Whether the city has left the network (a former partner city). */
    public boolean isRetired() {
        return retired;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerCity city && city.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PartnerCity[" + id + ", " + slug + "]";
    }
}

package org.hrcities.platform.domain.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerCityTest {

    @Test
    void a_city_joins_with_its_facts() {
        PartnerCity graz = PartnerCityFixtures.graz();
        assertEquals("Graz", graz.name());
        assertEquals(new CountryCode("AT"), graz.country());
        assertEquals("Austria", graz.country().englishName());
        assertEquals(0, graz.version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "AUT", "at", "XX", "ZZ"})
    void refuses_country_codes_outside_iso_3166_alpha_2(String code) {
        assertThrows(InvalidValueException.class, () -> new CountryCode(code));
    }

    @Test
    void reads_country_codes_typed_in_lower_case() {
        assertEquals(new CountryCode("GB"), CountryCode.parse(" gb "));
    }

    @Test
    void refuses_coordinates_off_the_globe() {
        assertThrows(InvalidValueException.class, () -> new GeoPoint(90.1, 0));
        assertThrows(InvalidValueException.class, () -> new GeoPoint(0, -180.5));
        assertThrows(InvalidValueException.class, () -> new GeoPoint(Double.NaN, 0));
    }

    @Test
    void refuses_membership_years_before_the_universal_declaration() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartnerCity.join(
                PartnerCityId.generate(), new Slug("graz"), "Graz", new CountryCode("AT"), MembershipKind.GUEST,
                Year.of(1900), null, new GeoPoint(47, 15), ""));
        assertEquals("memberSince", e.field());
    }

    @Test
    void the_website_is_optional() {
        PartnerCity city = PartnerCity.join(PartnerCityId.generate(), new Slug("lund"), "Lund", new CountryCode("SE"),
                MembershipKind.GUEST, Year.of(2021), null, new GeoPoint(55.7, 13.19), "");
        assertEquals(java.util.Optional.empty(), city.website());
    }

    @Test
    void a_city_joins_current_and_may_retire_and_rejoin() {
        PartnerCity graz = PartnerCityFixtures.graz();
        assertFalse(graz.isRetired());
        graz.retire();
        assertTrue(graz.isRetired());
        assertThrows(PartnerCityStateException.class, graz::retire);
        graz.reinstate();
        assertFalse(graz.isRetired());
        assertThrows(PartnerCityStateException.class, graz::reinstate);
    }

    private static final Language GERMAN = new Language("de");
    private static final Language FRENCH = new Language("fr");

    @Test
    void gives_the_name_and_description_in_a_language_with_the_default_where_there_is_no_translation() {
        PartnerCity graz = PartnerCityFixtures.graz();
        graz.translate(GERMAN, new CityTranslation(" Graz (Steiermark) ", "Graz nimmt am Netzwerk teil."));
        graz.translate(FRENCH, new CityTranslation("", "Graz participe au réseau."));
        assertEquals("Graz (Steiermark)", graz.nameIn(GERMAN));
        assertEquals("Graz nimmt am Netzwerk teil.", graz.descriptionIn(GERMAN));
        assertEquals("Graz", graz.nameIn(FRENCH), "a blank name falls back to the default");
        assertEquals("Graz participe au réseau.", graz.descriptionIn(FRENCH));
        assertEquals("Graz", graz.nameIn(new Language("it")));
        assertEquals(graz.description(), graz.descriptionIn(new Language("it")));
        assertEquals(List.of(GERMAN, FRENCH), List.copyOf(graz.translations().keySet()), "by language code");
    }

    @Test
    void replaces_and_removes_translations_and_an_empty_one_removes_it() {
        PartnerCity graz = PartnerCityFixtures.graz();
        graz.translate(GERMAN, new CityTranslation("Graz", "Alt."));
        graz.translate(GERMAN, new CityTranslation("Graz", "Neu."));
        assertEquals(Map.of(GERMAN, new CityTranslation("Graz", "Neu.")), graz.translations());
        graz.translate(GERMAN, new CityTranslation(" ", null));
        assertEquals(Map.of(), graz.translations());
        graz.translate(FRENCH, new CityTranslation("Graz", ""));
        graz.removeTranslation(FRENCH);
        graz.removeTranslation(FRENCH);
        assertEquals(Map.of(), graz.translations());
    }

    @Test
    void a_translation_follows_the_rules_of_the_name_and_description() {
        assertEquals("name", assertThrows(InvalidValueException.class,
                () -> new CityTranslation("a\nb", "")).field());
        assertEquals("name", assertThrows(InvalidValueException.class,
                () -> new CityTranslation("x".repeat(PartnerCity.MAX_NAME_LENGTH + 1), "")).field());
        assertEquals("description", assertThrows(InvalidValueException.class,
                () -> new CityTranslation("", "é".repeat(PartnerCity.MAX_DESCRIPTION_BYTES))).field());
    }

    @Test
    void a_stored_city_keeps_its_translations() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity stored = PartnerCity.reconstitute(graz.id(), graz.slug(), graz.name(), graz.country(),
                graz.membership(), graz.memberSince(), null, graz.location(), graz.description(), false,
                Map.of(GERMAN, new CityTranslation("Graz", "Steirisch."), FRENCH, new CityTranslation("", "")), 2);
        assertEquals(Map.of(GERMAN, new CityTranslation("Graz", "Steirisch.")), stored.translations());
        assertEquals(2, stored.version());
    }
}

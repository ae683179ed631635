package org.hrcities.platform.domain.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.hrcities.platform.domain.shared.InvalidValueException;
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
}

package org.hrcities.platform.application.port.in.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import org.hrcities.platform.domain.city.CountryCode;
import org.hrcities.platform.domain.city.GeoPoint;
import org.hrcities.platform.domain.city.MembershipKind;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PartnerCityInputTest {

    private static final Slug SLUG = new Slug("lund");
    private static final CountryCode SE = new CountryCode("SE");
    private static final GeoPoint AT = new GeoPoint(55.7, 13.2);

    @Test
    void holds_a_city_as_typed_and_stripped() {
        PartnerCityInput input = new PartnerCityInput(SLUG, " Lund ", SE, MembershipKind.GUEST, Year.of(2019), null, AT, " About. ");
        assertEquals("Lund", input.name());
        assertEquals("About.", input.description());
    }

    @Test
    void names_the_field_of_each_missing_or_bad_value() {
        assertField("slug", () -> new PartnerCityInput(null, "Lund", SE, MembershipKind.GUEST, Year.of(2019), null, AT, ""));
        assertField("name", () -> new PartnerCityInput(SLUG, " ", SE, MembershipKind.GUEST, Year.of(2019), null, AT, ""));
        assertField("country", () -> new PartnerCityInput(SLUG, "Lund", null, MembershipKind.GUEST, Year.of(2019), null, AT, ""));
        assertField("membership", () -> new PartnerCityInput(SLUG, "Lund", SE, null, Year.of(2019), null, AT, ""));
        assertField("memberSince", () -> new PartnerCityInput(SLUG, "Lund", SE, MembershipKind.GUEST, null, null, AT, ""));
        assertField("memberSince", () -> new PartnerCityInput(SLUG, "Lund", SE, MembershipKind.GUEST, Year.of(1947), null, AT, ""));
        assertField("location", () -> new PartnerCityInput(SLUG, "Lund", SE, MembershipKind.GUEST, Year.of(2019), null, null, ""));
        assertField("description", () -> new PartnerCityInput(SLUG, "Lund", SE, MembershipKind.GUEST, Year.of(2019), null, AT,
                "x".repeat(2_001)));
        assertField("version", () -> new RetirePartnerCityCommand(PartnerCityId.generate(), 0));
    }

    private static void assertField(String field, Executable building) {
        assertEquals(field, assertThrows(InvalidValueException.class, building).field());
    }
}

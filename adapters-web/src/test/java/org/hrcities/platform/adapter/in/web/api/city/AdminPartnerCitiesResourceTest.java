package org.hrcities.platform.adapter.in.web.api.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.city.PartnerCityInput;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The admin API's cities carry their names and descriptions in the site's other languages. */
class AdminPartnerCitiesResourceTest {

    private static WritePartnerCityRequest vienna(Map<String, CityTranslationRequest> translations) {
        return new WritePartnerCityRequest("vienna", "Vienna", "AT", "ASSOCIATE_MEMBER", 2015, null, 48.2, 16.37,
                "The capital of Austria.", translations);
    }

    @Test
    void reads_the_translations_by_language_code() {
        PartnerCityInput input = AdminPartnerCitiesResource.input(vienna(Map.of(
                "fr", new CityTranslationRequest("Vienne", "La capitale de l’Autriche."),
                "de", new CityTranslationRequest("Wien", null))));

        assertEquals(Map.of(new Language("fr"), new CityTranslation("Vienne", "La capitale de l’Autriche."),
                new Language("de"), new CityTranslation("Wien", "")), input.translations());
        assertNull(AdminPartnerCitiesResource.input(vienna(null)).translations(), "none given: the stored ones stay");
    }

    @Test
    void refuses_a_key_that_is_no_language_and_a_bad_name_under_their_path() {
        Map<String, CityTranslationRequest> bad = new LinkedHashMap<>();
        bad.put("french", new CityTranslationRequest("Vienne", ""));
        bad.put("de", new CityTranslationRequest("Wien\nStadt", ""));

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> AdminPartnerCitiesResource.input(vienna(bad)));

        assertEquals(List.of("translations.french", "translations.de.name"),
                refused.errors().stream().map(error -> error.field()).toList());
    }

    @Test
    void the_response_shows_the_translations_by_code() {
        PartnerCity graz = PartnerCityFixtures.graz();
        graz.translate(new Language("fr"), new CityTranslation("Graz", "Graz participe au réseau."));

        AdminPartnerCityResponse response = AdminPartnerCityResponse.from(graz);

        assertEquals(Map.of("fr", new CityTranslationResponse("Graz", "Graz participe au réseau.")), response.translations());
    }
}

package org.hrcities.platform.adapter.in.web.api.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The public API's partner cities in the language asked for, each leading to its pages in the others. */
@ExtendWith(MockitoExtension.class)
class PartnerCitiesResourceTest {

    private static final Language EN = new Language("en");
    private static final Language FR = new Language("fr");

    @Mock
    private ListPartnerCitiesUseCase listCities;
    @Mock
    private ReadPartnerCityUseCase readCity;

    private final PartnerCity graz = PartnerCityFixtures.graz();

    private PartnerCitiesResource resource() {
        return new PartnerCitiesResource(listCities, readCity, SiteLanguages.parse("en,fr,de"));
    }

    private static UriInfo api() {
        UriInfo request = mock(UriInfo.class);
        lenient().when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        return request;
    }

    private static String json(Response response) {
        return new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
    }

    @Test
    void lists_the_cities_in_french_with_lang_fr_with_their_french_names_and_their_other_pages() {
        when(listCities.listPartnerCities(FR)).thenReturn(List.of(new PartnerCityInLanguage(graz, FR, "Graz (Styrie)",
                "Graz participe au réseau.", List.of(FR))));

        String json = json(resource().list("fr", api()));

        assertTrue(json.contains("\"language\":\"fr\""), json);
        assertTrue(json.contains("\"name\":\"Graz (Styrie)\""), json);
        assertTrue(json.contains("\"description\":\"Graz participe au réseau.\""), json);
        assertTrue(json.contains("\"url\":\"/api/cities/graz?lang=fr\""), json);
        assertTrue(json.contains("\"translations\":[{\"language\":\"en\",\"slug\":\"graz\","
                + "\"url\":\"https://news.example.org/cities/graz\"}]"), "German has no translation: " + json);
    }

    @Test
    void reads_a_city_in_english_by_default_leading_to_its_french_page() {
        PageRequest first = PageRequest.first(10);
        when(readCity.readPartnerCity(new ReadPartnerCityQuery(graz.slug(), EN, first))).thenReturn(new PartnerCityProfile(
                graz, EN, graz.name(), graz.description(), List.of(FR), new Page<>(List.of(), first, 0)));

        String json = json(resource().read("graz", null, null, null, null, null, api()));

        assertTrue(json.contains("\"language\":\"en\""), json);
        assertTrue(json.contains("\"name\":\"Graz\""), json);
        assertTrue(json.contains("\"url\":\"/api/cities/graz\""), json);
        assertTrue(json.contains("\"translations\":[{\"language\":\"fr\",\"slug\":\"graz\","
                + "\"url\":\"https://news.example.org/fr/cities/graz\"}]"), json);
    }

    @Test
    void a_language_the_site_is_not_written_in_is_refused_on_lang() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> resource().list("it", api()));
        assertEquals("lang", refused.field());
        assertTrue(refused.getMessage().contains("en, fr, de"), refused.getMessage());
        assertEquals("lang", assertThrows(InvalidValueException.class,
                () -> resource().read("graz", null, null, "xx", null, null, api())).field());
        verify(readCity, never()).readPartnerCity(any());
        verify(listCities, never()).listPartnerCities(any());
    }
}

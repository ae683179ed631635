package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The partner cities' pages in the language of their address: names and descriptions in it, the same path in every language. */
@ExtendWith(MockitoExtension.class)
class CityPagesResourceTest {

    private static final Language FR = new Language("fr");

    @Mock
    private ListPartnerCitiesUseCase listCities;
    @Mock
    private ReadPartnerCityUseCase readCity;

    private final PartnerCity vienna = PartnerCityFixtures.aCity("vienna", "Vienna", "AT", 48.2082, 16.3738);
    private final PartnerCity graz = PartnerCityFixtures.graz();

    private CityPagesResource resource() {
        return new CityPagesResource(listCities, readCity,
                new VisitorTemplates(language -> List.of(), new LanguageRoutes(SiteLanguages.parse("en,fr,de"))));
    }

    private static UriInfo french(String path) {
        UriInfo request = mock(UriInfo.class);
        when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/fr/"));
        when(request.getPath()).thenReturn(path);
        return request;
    }

    private static String html(Response response) {
        return new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
    }

    @Test
    void a_french_city_page_shows_the_french_name_and_description_and_exists_in_every_language() {
        PageRequest first = PageRequest.first(10);
        when(readCity.readPartnerCity(new ReadPartnerCityQuery(vienna.slug(), FR, first))).thenReturn(new PartnerCityProfile(
                vienna, FR, "Vienne", "Vienne est membre du réseau depuis 2020.", List.of(FR), new Page<>(List.of(), first, 0)));

        String html = html(resource().city("vienna", null, french("cities/vienna")));

        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<h1>Vienne</h1>"), html);
        assertTrue(html.contains("<p>Vienne est membre du réseau depuis 2020.</p>"), html);
        assertFalse(html.contains("Vienna takes part"), "not the English description: " + html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.org/fr/cities/vienna\">"), html);
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"https://news.example.org/de/cities/vienna\">"), html);
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/cities/vienna\">"), html);
    }

    @Test
    void the_french_directory_lists_the_cities_by_their_french_names_in_the_order_the_service_gives() {
        when(listCities.listPartnerCities(FR)).thenReturn(List.of(
                new PartnerCityInLanguage(graz, FR, "Graz", graz.description(), List.of()),
                new PartnerCityInLanguage(vienna, FR, "Vienne", "Vienne.", List.of(FR))));

        String html = html(resource().directory(french("cities")));

        assertTrue(html.contains("<a href=\"/fr/cities/vienna\">Vienne</a>"), html);
        assertTrue(html.contains(">Vienne</text>"), "the map's label: " + html);
        assertTrue(html.indexOf(">Graz</a>") < html.indexOf(">Vienne</a>"), html);
        assertEquals(-1, html.indexOf(">Vienna<"), html);
    }
}

package org.hrcities.platform.adapter.in.web.admin.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.EditPartnerCityCommand;
import org.hrcities.platform.application.port.in.city.EditPartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityUseCase;
import org.hrcities.platform.domain.city.CityTranslation;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The city form saves the city's name and description in the site's other languages with the city, in
 * one call, and gives back a refused one beside its field with everything typed. The admin request is a
 * stand-in that accepts the form and hands back the page's model unrendered.
 */
@ExtendWith(MockitoExtension.class)
class CityAdminPagesResourceTest {

    private static final AdminNav NAV = new AdminNav("Ada", "administrator", "cities", "A".repeat(43), false, false,
            true, false, false, false, false, false);
    private static final Language FRENCH = new Language("fr");
    private static final Language GERMAN = new Language("de");

    @Mock
    private ListPartnerCitiesForAdministrationUseCase listCities;
    @Mock
    private ReadPartnerCityForAdministrationUseCase readCity;
    @Mock
    private CreatePartnerCityUseCase createCity;
    @Mock
    private EditPartnerCityUseCase editCity;
    @Mock
    private RetirePartnerCityUseCase retireCity;
    @Mock
    private ReinstatePartnerCityUseCase reinstateCity;
    private CityAdminPagesResource resource;
    private final PartnerCity graz = PartnerCityFixtures.graz();

    @BeforeEach
    void setUp() {
        resource = new CityAdminPagesResource(listCities, readCity, createCity, editCity, retireCity, reinstateCity,
                SiteLanguages.parse("en,fr,de"));
    }

    private MultivaluedMap<String, String> form() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("name", "Graz");
        form.putSingle("slug", "graz");
        form.putSingle("country", "AT");
        form.putSingle("membership", "ASSOCIATE_MEMBER");
        form.putSingle("memberSince", "2020");
        form.putSingle("website", "");
        form.putSingle("latitude", "47.0707");
        form.putSingle("longitude", "15.4395");
        form.putSingle("description", "Graz takes part in the network.");
        form.putSingle("name-fr", "  ");
        form.putSingle("description-fr", "Graz participe au réseau.");
        form.putSingle("name-de", "");
        form.putSingle("description-de", "");
        form.putSingle("version", "2");
        return form;
    }

    @Test
    void saves_the_translations_typed_with_the_city_leaving_out_the_empty_ones() {
        when(readCity.readPartnerCityForAdministration(graz.id())).thenReturn(graz);

        Response response = resource.change(graz.id().toString(), form(), new Administrator());

        assertEquals(303, response.getStatus());
        ArgumentCaptor<EditPartnerCityCommand> command = ArgumentCaptor.forClass(EditPartnerCityCommand.class);
        verify(editCity).editPartnerCity(command.capture());
        assertEquals(Map.of(FRENCH, new CityTranslation("", "Graz participe au réseau.")),
                command.getValue().city().translations(), "all of them, replacing those stored");
    }

    @Test
    void a_form_without_the_translation_fields_leaves_the_translations_as_they_are() {
        when(readCity.readPartnerCityForAdministration(graz.id())).thenReturn(graz);
        MultivaluedMap<String, String> form = form();
        List.of("name-fr", "description-fr", "name-de", "description-de").forEach(form::remove);

        assertEquals(303, resource.change(graz.id().toString(), form, new Administrator()).getStatus());

        ArgumentCaptor<EditPartnerCityCommand> command = ArgumentCaptor.forClass(EditPartnerCityCommand.class);
        verify(editCity).editPartnerCity(command.capture());
        assertNull(command.getValue().city().translations());
    }

    @Test
    void a_refused_translation_comes_back_beside_its_field_with_everything_typed() {
        when(readCity.readPartnerCityForAdministration(graz.id())).thenReturn(graz);
        MultivaluedMap<String, String> form = form();
        form.putSingle("name-de", "Graz\nan der Mur");

        Response response = resource.change(graz.id().toString(), form, new Administrator());

        assertEquals(400, response.getStatus());
        CityForm shown = assertInstanceOf(CityForm.class, response.getEntity());
        assertTrue(shown.hasError("name-de"), shown.errors().toString());
        assertEquals(List.of(new CityForm.Translation("fr", "Français", "  ", "Graz participe au réseau."),
                new CityForm.Translation("de", "Deutsch", "Graz\nan der Mur", "")), shown.translations());
        assertEquals("Graz takes part in the network.", shown.description());
        verifyNoInteractions(editCity);
    }

    @Test
    void the_form_shows_the_stored_translations_in_a_fieldset_per_other_language() {
        graz.translate(GERMAN, new CityTranslation("Graz", "Graz ist Teil des Netzwerks."));
        when(readCity.readPartnerCityForAdministration(graz.id())).thenReturn(graz);

        CityForm shown = assertInstanceOf(CityForm.class,
                resource.edit(graz.id().toString(), new Administrator()).getEntity());

        assertEquals(List.of(new CityForm.Translation("fr", "Français", "", ""),
                new CityForm.Translation("de", "Deutsch", "Graz", "Graz ist Teil des Netzwerks.")), shown.translations());
        assertEquals("en", shown.defaultLanguage());
    }

    /** A signed-in administrator whose form carries its token; a page is its model, unrendered. */
    private static final class Administrator extends AdminRequest {

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return true;
        }

        @Override
        public AdminNav nav(String section) {
            return NAV;
        }

        @Override
        public Response page(int status, String template, Object model) {
            return Response.status(status).entity(model).build();
        }
    }
}

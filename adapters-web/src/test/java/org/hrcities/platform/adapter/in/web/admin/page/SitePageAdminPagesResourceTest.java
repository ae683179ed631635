package org.hrcities.platform.adapter.in.web.admin.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.application.port.in.page.CreateSitePageCommand;
import org.hrcities.platform.application.port.in.page.CreateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.EditSitePageCommand;
import org.hrcities.platform.application.port.in.page.EditSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ListSitePagesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.SitePageForAdministration;
import org.hrcities.platform.application.port.in.page.SitePageTranslation;
import org.hrcities.platform.application.port.in.page.TranslateSitePageCommand;
import org.hrcities.platform.application.port.in.page.TranslateSitePageUseCase;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;
import java.util.List;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The page form turns a submission into one call of a use case and its answer into a redirect or the
 * form again, as typed. The admin request is a stand-in that hands back the page's model unrendered.
 */
@ExtendWith(MockitoExtension.class)
class SitePageAdminPagesResourceTest {

    private static final AdminNav NAV = new AdminNav("Anna", "editor", "pages", "A".repeat(43), true, false, false,
            false, false, false, true, true);

    @Mock
    private ListSitePagesForAdministrationUseCase listPages;
    @Mock
    private ReadSitePageForAdministrationUseCase readPage;
    @Mock
    private CreateSitePageUseCase createPage;
    @Mock
    private EditSitePageUseCase editPage;
    @Mock
    private TranslateSitePageUseCase translatePage;

    private SitePageAdminPagesResource resource() {
        return new SitePageAdminPagesResource(listPages, readPage, createPage, editPage, translatePage,
                SiteLanguages.parse("en,fr,de"));
    }

    private static MultivaluedMap<String, String> form(String title, String slug, String status, String position,
                                                       long version) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("title", title);
        form.putSingle("slug", slug);
        form.putSingle("body", "We are *cities*.");
        form.putSingle("status", status);
        form.putSingle("menuPosition", position);
        form.putSingle("version", String.valueOf(version));
        return form;
    }

    @Test
    void adds_a_published_page_in_the_menu_with_one_call_and_sends_the_editor_to_the_list() {
        Response response = resource().create(form("About the network", "", "published", " 2 ", 0), new Editor(true));

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/pages?notice=created"),
                response.getLocation().toString());
        ArgumentCaptor<CreateSitePageCommand> command = ArgumentCaptor.forClass(CreateSitePageCommand.class);
        verify(createPage).createPage(command.capture());
        assertEquals("About the network", command.getValue().page().title());
        assertNull(command.getValue().page().slug(), "an empty slug is made from the title");
        assertEquals(2, command.getValue().page().menuPosition());
        assertTrue(command.getValue().publish());
    }

    @Test
    void saves_the_text_status_and_menu_position_in_one_call_at_the_version_read() {
        SitePage stored = SitePageFixtures.aPublishedPageInMenu("about", "About", 0);
        when(readPage.readPageForAdministration(stored.id())).thenReturn(
                new org.hrcities.platform.application.port.in.page.SitePageForAdministration(stored, java.util.List.of()));

        Response response = resource().change(stored.id().toString(), form("About us", "about-us", "draft", "", 4),
                new Editor(true));

        assertEquals(303, response.getStatus());
        ArgumentCaptor<EditSitePageCommand> command = ArgumentCaptor.forClass(EditSitePageCommand.class);
        verify(editPage).editPage(command.capture());
        assertEquals(4, command.getValue().expectedVersion());
        assertEquals(new Slug("about-us"), command.getValue().page().slug());
        assertNull(command.getValue().page().menuPosition(), "an empty position takes the page out of the menu");
        assertEquals(SitePageStatus.DRAFT, command.getValue().status());
    }

    @Test
    void refuses_a_position_that_is_not_a_whole_number_of_zero_or_more_keeping_what_was_typed() {
        for (String position : new String[] {"-1", "first", "1.5"}) {
            Response response = resource().create(form("About", "", "draft", position, 0), new Editor(true));

            assertEquals(400, response.getStatus());
            SitePageForm shown = assertInstanceOf(SitePageForm.class, response.getEntity());
            assertTrue(shown.hasError("menuPosition"), position);
            assertEquals(position, shown.menuPosition());
        }
        verifyNoInteractions(createPage);
    }

    @Test
    void a_form_without_the_members_token_changes_nothing() {
        Response response = resource().create(form("About", "", "draft", "", 0), new Editor(false));

        assertEquals(403, response.getStatus());
        verifyNoInteractions(createPage);
    }

    @Test
    void a_taken_slug_and_a_stale_version_come_back_as_the_form_with_what_was_typed() {
        when(createPage.createPage(any())).thenThrow(new SlugAlreadyTakenException("page", new Slug("about")));
        Response taken = resource().create(form("About", "about", "draft", "", 0), new Editor(true));
        assertEquals(409, taken.getStatus());
        assertTrue(assertInstanceOf(SitePageForm.class, taken.getEntity()).hasError("slug"));

        SitePage stored = SitePageFixtures.aboutDraft();
        when(readPage.readPageForAdministration(stored.id())).thenReturn(
                new org.hrcities.platform.application.port.in.page.SitePageForAdministration(stored, java.util.List.of()));
        when(editPage.editPage(any())).thenThrow(new ConcurrentUpdateException("page", stored.id()));
        Response stale = resource().change(stored.id().toString(), form("Typed", "", "draft", "", 1), new Editor(true));
        assertEquals(409, stale.getStatus());
        SitePageForm shown = assertInstanceOf(SitePageForm.class, stale.getEntity());
        assertEquals(SitePageAdminPagesResource.STALE, shown.formError());
        assertEquals("Typed", shown.title());
    }

    @Test
    void adds_a_page_in_the_language_chosen() {
        MultivaluedMap<String, String> form = form("À propos", "", "draft", "", 0);
        form.putSingle("language", "fr");

        assertEquals(303, resource().create(form, new Editor(true)).getStatus());

        ArgumentCaptor<CreateSitePageCommand> command = ArgumentCaptor.forClass(CreateSitePageCommand.class);
        verify(createPage).createPage(command.capture());
        assertEquals(new Language("fr"), command.getValue().language());
    }

    @Test
    void the_translate_button_starts_a_draft_copy_in_the_language_and_opens_it() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About", 2);
        SitePage french = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.FRENCH, "about", "About", 2);
        when(readPage.readPageForAdministration(about.id())).thenReturn(new SitePageForAdministration(about, List.of()));
        when(translatePage.translatePage(any())).thenReturn(new SitePageForAdministration(french, List.of()));

        Response response = resource().translate(about.id().toString(), translateForm("fr"), new Editor(true));

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/pages/" + french.id() + "?notice=translated"),
                response.getLocation().toString());
        ArgumentCaptor<TranslateSitePageCommand> command = ArgumentCaptor.forClass(TranslateSitePageCommand.class);
        verify(translatePage).translatePage(command.capture());
        assertEquals(about.id(), command.getValue().id());
        assertEquals(SitePageFixtures.FRENCH, command.getValue().language());
        assertEquals("About", command.getValue().page().title());
        assertEquals(about.body(), command.getValue().page().body());
        assertEquals(2, command.getValue().page().menuPosition());
    }

    @Test
    void a_second_translation_into_a_language_shows_the_conflict_as_a_notice_with_the_translations() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About", 2);
        SitePage german = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.GERMAN, "ueber-uns",
                "Über uns", 2);
        when(readPage.readPageForAdministration(about.id())).thenReturn(
                new SitePageForAdministration(about, List.of(SitePageTranslation.of(german))));
        when(translatePage.translatePage(any())).thenThrow(
                new TranslationAlreadyExistsException("page", SitePageFixtures.GERMAN));

        Response response = resource().translate(about.id().toString(), translateForm("de"), new Editor(true));

        assertEquals(409, response.getStatus());
        SitePageForm shown = assertInstanceOf(SitePageForm.class, response.getEntity());
        assertEquals("This page is already translated into Deutsch: its translation is listed under Translations.",
                shown.notice());
        assertEquals(List.of(
                new ContentLanguage.Translation("fr", "Français", null, null, null,
                        "/admin/pages/" + about.id() + "/translations"),
                new ContentLanguage.Translation("de", "Deutsch", "/admin/pages/" + german.id(), "published", "Über uns",
                        null)), shown.language().translations());
    }

    @Test
    void a_translations_address_is_under_its_languages_prefix() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About", 2);
        SitePage french = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.FRENCH, "a-propos",
                "À propos", 2);
        when(readPage.readPageForAdministration(french.id())).thenReturn(
                new SitePageForAdministration(french, List.of(SitePageTranslation.of(about))));

        SitePageForm shown = assertInstanceOf(SitePageForm.class,
                resource().edit(french.id().toString(), "translated", new Editor(true)).getEntity());

        assertEquals("/fr/pages/a-propos", shown.publicHref());
        assertEquals("fr", shown.language().code());
        assertTrue(shown.notice().startsWith("The draft translation into Français was saved"), shown.notice());
    }

    private static MultivaluedMap<String, String> translateForm(String language) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("token", "A".repeat(43));
        form.putSingle("language", language);
        return form;
    }

    private static final class Editor extends AdminRequest {

        private final boolean tokenMatches;

        Editor(boolean tokenMatches) {
            this.tokenMatches = tokenMatches;
        }

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return tokenMatches;
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

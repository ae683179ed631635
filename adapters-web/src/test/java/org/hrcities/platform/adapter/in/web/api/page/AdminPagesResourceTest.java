package org.hrcities.platform.adapter.in.web.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.page.CreateSitePageCommand;
import org.hrcities.platform.application.port.in.page.CreateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.DeleteSitePageUseCase;
import org.hrcities.platform.application.port.in.page.EditSitePageCommand;
import org.hrcities.platform.application.port.in.page.EditSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ListSitePagesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.PublishSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.SitePageForAdministration;
import org.hrcities.platform.application.port.in.page.SitePageTranslation;
import org.hrcities.platform.application.port.in.page.SitePageVersion;
import org.hrcities.platform.application.port.in.page.TranslateSitePageCommand;
import org.hrcities.platform.application.port.in.page.TranslateSitePageUseCase;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The admin API's pages: created with their address and version, changed only as read (If-Match), never cached. */
@ExtendWith(MockitoExtension.class)
class AdminPagesResourceTest {

    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private static final SitePageId ID = SitePageId.generate();

    @Mock
    private ListSitePagesForAdministrationUseCase listPages;
    @Mock
    private ReadSitePageForAdministrationUseCase readPage;
    @Mock
    private CreateSitePageUseCase createPage;
    @Mock
    private EditSitePageUseCase editPage;
    @Mock
    private PublishSitePageUseCase publishPage;
    @Mock
    private DeleteSitePageUseCase deletePage;
    @Mock
    private TranslateSitePageUseCase translatePage;

    private AdminPagesResource resource() {
        return new AdminPagesResource(listPages, readPage, createPage, editPage, publishPage, deletePage, translatePage,
                SiteLanguages.parse("en,fr,de"));
    }

    private static SitePage stored(SitePageStatus status, long version) {
        return SitePage.reconstitute(ID, new org.hrcities.platform.domain.shared.Language("en"), null, new Slug("about"), "About", "We *are*.", status, 1, T, version);
    }

    @Test
    void creates_a_draft_at_its_address_with_its_version_as_etag() {
        SitePage created = stored(SitePageStatus.DRAFT, 1);
        when(createPage.createPage(any())).thenReturn(created);

        Response response = resource().create(new WritePageRequest(null, "About", "We *are*.", 1));

        assertEquals(201, response.getStatus());
        assertEquals("/api/admin/pages/" + ID, response.getLocation().toString());
        assertEquals("\"v1\"", response.getHeaderString("ETag"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        assertEquals(new AdminPageResponse(ID.toString(), "en", "about", "About", "We *are*.", "DRAFT", 1, T, 1,
                "/pages/about", List.of()), response.getEntity());
        ArgumentCaptor<CreateSitePageCommand> command = ArgumentCaptor.forClass(CreateSitePageCommand.class);
        verify(createPage).createPage(command.capture());
        assertEquals(false, command.getValue().publish());
    }

    @Test
    void changes_a_page_as_read_at_the_version_in_if_match() {
        when(readPage.readPageForAdministration(ID)).thenReturn(
                new org.hrcities.platform.application.port.in.page.SitePageForAdministration(stored(SitePageStatus.DRAFT, 2), List.of()));
        when(editPage.editPage(any())).thenReturn(stored(SitePageStatus.DRAFT, 3));

        Response response = resource().edit(ID.toString(), "\"v2\"", new WritePageRequest(" ", "About us", "", null));

        ArgumentCaptor<EditSitePageCommand> command = ArgumentCaptor.forClass(EditSitePageCommand.class);
        verify(editPage).editPage(command.capture());
        assertEquals(2, command.getValue().expectedVersion());
        assertNull(command.getValue().page().slug(), "a blank slug keeps the page's own");
        assertNull(command.getValue().page().menuPosition());
        assertEquals("\"v3\"", response.getHeaderString("ETag"));
    }

    @Test
    void publishes_unpublishes_and_deletes_at_the_version_in_if_match() {
        when(readPage.readPageForAdministration(ID)).thenReturn(
                new org.hrcities.platform.application.port.in.page.SitePageForAdministration(stored(SitePageStatus.DRAFT, 2), List.of()));
        when(publishPage.publishPage(new SitePageVersion(ID, 2))).thenReturn(stored(SitePageStatus.PUBLISHED, 3));
        when(publishPage.unpublishPage(new SitePageVersion(ID, 3))).thenReturn(stored(SitePageStatus.DRAFT, 4));

        assertEquals("PUBLISHED", ((AdminPageResponse) resource().publish(ID.toString(), "\"v2\"").getEntity()).status());
        assertEquals("DRAFT", ((AdminPageResponse) resource().unpublish(ID.toString(), "\"v3\"").getEntity()).status());
        assertEquals(204, resource().delete(ID.toString(), "\"v4\"").getStatus());
        verify(deletePage).deletePage(new SitePageVersion(ID, 4));
    }

    @Test
    void a_change_without_if_match_is_428_and_one_to_an_older_version_412() {
        when(readPage.readPageForAdministration(ID)).thenReturn(
                new org.hrcities.platform.application.port.in.page.SitePageForAdministration(stored(SitePageStatus.DRAFT, 2), List.of()));

        assertEquals(428, assertThrows(WebApplicationException.class,
                () -> resource().publish(ID.toString(), null)).getResponse().getStatus());
        when(publishPage.publishPage(any())).thenThrow(new ConcurrentUpdateException("page", ID));
        assertEquals(412, assertThrows(WebApplicationException.class,
                () -> resource().publish(ID.toString(), "\"v1\"")).getResponse().getStatus());
    }

    @Test
    void refuses_a_body_without_a_title_a_malformed_slug_or_a_negative_position() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> resource().create(new WritePageRequest("Not A Slug", null, null, null)));
        assertEquals(List.of("slug", "title"), e.errors().stream().map(error -> error.field()).toList());
        InvalidRequestException position = assertThrows(InvalidRequestException.class,
                () -> resource().create(new WritePageRequest(null, "About", null, -1)));
        assertEquals(List.of("menuPosition"), position.errors().stream().map(error -> error.field()).toList());
        verify(createPage, never()).createPage(any());
    }

    @Test
    void an_id_that_is_no_uuid_names_no_page_and_the_list_is_never_cached() {
        assertThrows(NotFoundException.class, () -> resource().read("nope"));
        when(listPages.listPagesForAdministration()).thenReturn(List.of(SitePageFixtures.aboutDraft()));
        Response response = resource().list();
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        assertEquals(1, ((List<?>) response.getEntity()).size());
    }

    @Test
    void creates_a_page_in_the_language_the_body_names_and_refuses_one_the_site_is_not_written_in() {
        SitePage french = SitePage.reconstitute(ID, SitePageFixtures.FRENCH, null, new Slug("contact"), "Contact",
                "Écrivez-nous.", SitePageStatus.DRAFT, null, T, 1);
        when(createPage.createPage(any())).thenReturn(french);

        AdminPageResponse created = (AdminPageResponse) resource().create(
                new WritePageRequest("fr", null, "Contact", "Écrivez-nous.", null)).getEntity();

        ArgumentCaptor<CreateSitePageCommand> command = ArgumentCaptor.forClass(CreateSitePageCommand.class);
        verify(createPage).createPage(command.capture());
        assertEquals(SitePageFixtures.FRENCH, command.getValue().language());
        assertEquals("fr", created.language());
        assertEquals("/fr/pages/contact", created.url());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> resource().create(new WritePageRequest("it", null, "Contatto", null, null)));
        assertEquals(List.of("language"), refused.errors().stream().map(error -> error.field()).toList());
    }

    @Test
    void translates_a_page_into_a_new_draft_at_its_own_address_with_its_version_as_etag() {
        SitePage original = stored(SitePageStatus.PUBLISHED, 3);
        SitePage french = original.translate(SitePageId.generate(), SitePageFixtures.FRENCH, new Slug("a-propos"),
                "À propos", "Nous *sommes*.", T);
        when(translatePage.translatePage(any())).thenReturn(new SitePageForAdministration(french,
                List.of(SitePageTranslation.of(original))));

        Response response = resource().translate(ID.toString(),
                new TranslatePageRequest("fr", "a-propos", "À propos", "Nous *sommes*.", null));

        assertEquals(201, response.getStatus());
        assertEquals("/api/admin/pages/" + french.id(), response.getLocation().toString());
        assertEquals("\"v0\"", response.getHeaderString("ETag"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        AdminPageResponse body = (AdminPageResponse) response.getEntity();
        assertEquals("fr", body.language());
        assertEquals("DRAFT", body.status());
        assertEquals("/fr/pages/a-propos", body.url());
        assertEquals(List.of(new AdminPageTranslationResponse(ID.toString(), "en", "PUBLISHED", "about", "About")),
                body.translations());
        ArgumentCaptor<TranslateSitePageCommand> command = ArgumentCaptor.forClass(TranslateSitePageCommand.class);
        verify(translatePage).translatePage(command.capture());
        assertEquals(ID, command.getValue().id());
        assertEquals(new Language("fr"), command.getValue().language());
        assertEquals(new Slug("a-propos"), command.getValue().page().slug());
    }

    @Test
    void a_second_translation_into_a_language_is_a_conflict_and_one_without_a_language_is_refused() {
        when(translatePage.translatePage(any())).thenThrow(new TranslationAlreadyExistsException("page", SitePageFixtures.FRENCH));

        assertThrows(TranslationAlreadyExistsException.class, () -> resource().translate(ID.toString(),
                new TranslatePageRequest("fr", null, "À propos", "", null)));

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> resource().translate(
                ID.toString(), new TranslatePageRequest(null, null, null, null, null)));
        assertEquals(List.of("language", "title"), refused.errors().stream().map(error -> error.field()).toList());
        assertThrows(NotFoundException.class, () -> resource().translate("nope", new TranslatePageRequest("fr", null, "A", "", null)));
    }

    @Test
    void a_page_read_by_an_editor_shows_its_translations_in_any_status() {
        SitePage original = stored(SitePageStatus.PUBLISHED, 2);
        SitePage german = original.translate(SitePageId.generate(), SitePageFixtures.GERMAN, new Slug("ueber-uns"),
                "Über uns", "", T);
        when(readPage.readPageForAdministration(ID)).thenReturn(new SitePageForAdministration(original,
                List.of(SitePageTranslation.of(german))));

        AdminPageResponse body = (AdminPageResponse) resource().read(ID.toString()).getEntity();

        assertEquals("en", body.language());
        assertEquals(List.of(new AdminPageTranslationResponse(german.id().toString(), "de", "DRAFT", "ueber-uns", "Über uns")),
                body.translations());
    }
}

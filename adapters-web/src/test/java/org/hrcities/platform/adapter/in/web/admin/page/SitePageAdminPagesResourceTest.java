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

    private SitePageAdminPagesResource resource() {
        return new SitePageAdminPagesResource(listPages, readPage, createPage, editPage);
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

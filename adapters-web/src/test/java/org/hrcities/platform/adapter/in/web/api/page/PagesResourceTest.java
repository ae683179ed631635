package org.hrcities.platform.adapter.in.web.api.page;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The public API's pages: the published ones only, with their place in the menu. */
@ExtendWith(MockitoExtension.class)
class PagesResourceTest {

    @Mock
    private ListPublishedPagesUseCase listPages;
    @Mock
    private ReadSitePageUseCase readPage;

    private static String json(Response response) {
        return new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
    }

    @Test
    void lists_the_published_pages_with_their_address_and_menu_position() {
        when(listPages.listPublishedPages(SitePageFixtures.ENGLISH)).thenReturn(List.of(
                SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0),
                SitePageFixtures.aPublishedPage("imprint", "Imprint")));

        String json = json(new PagesResource(listPages, readPage, org.hrcities.platform.domain.shared.SiteLanguages.parse("en,fr,de")).list());

        assertTrue(json.contains("\"menuPosition\":0"), json);
        assertTrue(json.contains("\"slug\":\"about\""), json);
        assertTrue(json.contains("\"title\":\"About the network\""), json);
        assertTrue(json.contains("\"url\":\"/pages/about\""), json);
        assertTrue(json.contains("\"url\":\"/pages/imprint\""), json);
    }

    @Test
    void reads_one_published_page_with_its_markdown_body() {
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("about"))).thenReturn(
                new org.hrcities.platform.application.port.in.page.PublishedSitePage(
                        SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0), List.of()));

        String json = json(new PagesResource(listPages, readPage, org.hrcities.platform.domain.shared.SiteLanguages.parse("en,fr,de")).read("about"));

        assertTrue(json.contains("\"body\":\"Text of About the network\""), json);
        assertTrue(json.contains("\"updatedAt\":\"2024-03-01T08:00:00Z\""), json);
    }

    @Test
    void a_draft_or_a_malformed_slug_is_not_found() {
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("draft"))).thenThrow(new SitePageNotFoundException(new Slug("draft")));
        assertThrows(SitePageNotFoundException.class, () -> new PagesResource(listPages, readPage, org.hrcities.platform.domain.shared.SiteLanguages.parse("en,fr,de")).read("draft"));
        assertThrows(NotFoundException.class, () -> new PagesResource(listPages, readPage, org.hrcities.platform.domain.shared.SiteLanguages.parse("en,fr,de")).read("NOT A SLUG"));
    }
}

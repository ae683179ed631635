package org.hrcities.platform.adapter.in.web.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.PublishedSitePage;
import org.hrcities.platform.application.port.in.page.PublishedTranslation;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The public API's pages: the published ones only, in the language asked for, with their place in the menu and their translations. */
@ExtendWith(MockitoExtension.class)
class PagesResourceTest {

    @Mock
    private ListPublishedPagesUseCase listPages;
    @Mock
    private ReadSitePageUseCase readPage;

    private final SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0);
    private final SitePage aPropos = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.FRENCH,
            "a-propos", "À propos du réseau", 0);
    private final SitePage ueberUns = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.GERMAN,
            "ueber-uns", "Über uns", 0);

    private PagesResource resource() {
        return new PagesResource(listPages, readPage, SiteLanguages.parse("en,fr,de"));
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
    void lists_the_published_pages_with_their_address_and_menu_position() {
        SitePage imprint = SitePageFixtures.aPublishedPage("imprint", "Imprint");
        when(listPages.listPublishedPages(SitePageFixtures.ENGLISH)).thenReturn(List.of(about, imprint));
        when(listPages.listPublishedPages()).thenReturn(List.of(about, aPropos, imprint));

        String json = json(resource().list(null, api()));

        assertTrue(json.contains("\"menuPosition\":0"), json);
        assertTrue(json.contains("\"language\":\"en\""), json);
        assertTrue(json.contains("\"slug\":\"about\""), json);
        assertTrue(json.contains("\"title\":\"About the network\""), json);
        assertTrue(json.contains("\"url\":\"/pages/about\""), json);
        assertTrue(json.contains("\"url\":\"/pages/imprint\""), json);
        assertTrue(json.contains("\"translations\":[{\"language\":\"fr\",\"slug\":\"a-propos\","
                + "\"url\":\"https://news.example.org/fr/pages/a-propos\"}]"), json);
        assertTrue(json.contains("\"translations\":[]"), "the imprint has none: " + json);
    }

    @Test
    void lists_the_french_pages_with_lang_fr_each_leading_to_its_original() {
        when(listPages.listPublishedPages(SitePageFixtures.FRENCH)).thenReturn(List.of(aPropos));
        when(listPages.listPublishedPages()).thenReturn(List.of(about, aPropos, ueberUns));

        String json = json(resource().list("fr", api()));

        assertTrue(json.startsWith("[{\"language\":\"fr\""), json);
        assertTrue(json.contains("\"title\":\"À propos du réseau\""), json);
        assertTrue(json.contains("\"url\":\"/fr/pages/a-propos\""), json);
        assertTrue(json.contains("\"translations\":[{\"language\":\"en\",\"slug\":\"about\",\"url\":\"https://news.example.org/pages/about\"},"
                + "{\"language\":\"de\",\"slug\":\"ueber-uns\",\"url\":\"https://news.example.org/de/pages/ueber-uns\"}]"), json);
    }

    @Test
    void reads_a_french_page_with_its_language_and_the_addresses_of_its_translations() {
        when(readPage.readPublishedPage(SitePageFixtures.FRENCH, new Slug("a-propos"))).thenReturn(new PublishedSitePage(aPropos,
                List.of(PublishedTranslation.of(ueberUns), PublishedTranslation.of(about))));

        String json = json(resource().read("a-propos", "fr", api()));

        assertTrue(json.contains("\"language\":\"fr\""), json);
        assertTrue(json.contains("\"title\":\"À propos du réseau\""), json);
        assertTrue(json.contains("\"url\":\"/fr/pages/a-propos\""), json);
        assertTrue(json.contains("\"translations\":[{\"language\":\"en\",\"slug\":\"about\",\"url\":\"https://news.example.org/pages/about\"},"
                + "{\"language\":\"de\",\"slug\":\"ueber-uns\",\"url\":\"https://news.example.org/de/pages/ueber-uns\"}]"),
                "in the site's order of languages: " + json);
    }

    @Test
    void reads_one_published_page_with_its_markdown_body() {
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("about"))).thenReturn(new PublishedSitePage(about, List.of()));

        String json = json(resource().read("about", null, api()));

        assertTrue(json.contains("\"body\":\"Text of About the network\""), json);
        assertTrue(json.contains("\"updatedAt\":\"2024-03-01T08:00:00Z\""), json);
        assertTrue(json.contains("\"language\":\"en\""), json);
    }

    @Test
    void a_language_the_site_is_not_written_in_is_refused_on_lang_naming_the_site_s_languages() {
        for (String lang : List.of("it", "xx-evil", "FRENCH")) {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> resource().read("about", lang, api()));
            assertEquals("lang", refused.field());
            assertTrue(refused.getMessage().contains("its languages are en, fr, de"), refused.getMessage());
            assertEquals("lang", assertThrows(InvalidValueException.class, () -> resource().list(lang, api())).field());
        }
        verify(readPage, never()).readPublishedPage(any(), any());
        assertFalse(json(resource().list(" FR ", api())).contains("error"), "a code is read as Language.parse reads it");
    }

    @Test
    void a_draft_or_a_malformed_slug_is_not_found() {
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("draft"))).thenThrow(new SitePageNotFoundException(new Slug("draft")));
        assertThrows(SitePageNotFoundException.class, () -> resource().read("draft", null, api()));
        assertThrows(NotFoundException.class, () -> resource().read("NOT A SLUG", null, api()));
    }
}

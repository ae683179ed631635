package org.hrcities.platform.adapter.in.web.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Set;
import org.hrcities.platform.adapter.in.web.cache.LocalRevisions;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.page.PublishedSitePage;
import org.hrcities.platform.application.port.in.page.PublishedTranslation;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A published page: one use-case call, answered as a shared representation that the page store keeps. */
@ExtendWith(MockitoExtension.class)
class SitePagesResourceTest {

    @Mock
    private ReadSitePageUseCase readPage;
    @Mock
    private ReadSiteMenuUseCase menu;

    private final SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0);
    private final SitePage privacy = SitePageFixtures.aPublishedPageInMenu("privacy", "Privacy <policy>", 1);

    private SitePagesResource resource() {
        return new SitePagesResource(readPage, new VisitorTemplates(menu));
    }

    private static UriInfo site() {
        UriInfo request = mock(UriInfo.class);
        lenient().when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        return request;
    }

    private static Answer answer(Response response) {
        return new PageCache(new LocalRevisions()).answer((Representation) response.getEntity(), Set.of(),
                new Conditions(null, null, false));
    }

    @Test
    void answers_a_published_page_with_its_body_from_markdown_as_a_shared_page() {
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("about"))).thenReturn(new PublishedSitePage(about, List.of()));
        when(menu.readMenu(SitePageFixtures.ENGLISH)).thenReturn(List.of(about, privacy));

        Answer answer = answer(resource().page("about", site()));

        assertEquals(200, answer.status());
        String html = new String(answer.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>About the network</h1>"), html);
        assertTrue(html.contains("<p>Text of About the network</p>"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.org/pages/about\">"), html);
        assertTrue(html.contains("<a href=\"/pages/about\" aria-current=\"page\">About the network</a>"), html);
        assertTrue(html.contains("<a href=\"/pages/privacy\">Privacy &lt;policy&gt;</a>"), html);
        assertTrue(html.indexOf("/pages/about\"") < html.indexOf("/pages/privacy\""), "the menu's order");
        assertTrue(html.contains("class=\"meta\"") == false, "a page has no date nor author");
        assertTrue(!html.contains("id=\"comments\""), "a page has no comments");
    }

    @Test
    void a_draft_or_an_unknown_page_is_not_found() {
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("draft"))).thenThrow(new SitePageNotFoundException(new Slug("draft")));
        assertThrows(SitePageNotFoundException.class, () -> resource().page("draft", site()));
    }

    @Test
    void a_path_that_cannot_be_a_slug_names_no_page() {
        assertThrows(NotFoundException.class, () -> resource().page("NOT A SLUG", site()));
        verify(readPage, never()).readPublishedPage(any(), any());
    }

    @Test
    void a_french_page_is_read_in_french_and_leads_to_the_english_original_and_the_german_translation() {
        SitePage aPropos = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.FRENCH, "a-propos",
                "À propos du réseau", 0);
        SitePage ueberUns = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.GERMAN, "ueber-uns",
                "Über uns", 0);
        when(readPage.readPublishedPage(SitePageFixtures.FRENCH, new Slug("a-propos"))).thenReturn(new PublishedSitePage(
                aPropos, List.of(PublishedTranslation.of(about), PublishedTranslation.of(ueberUns))));
        when(menu.readMenu(SitePageFixtures.FRENCH)).thenReturn(List.of(aPropos));
        UriInfo french = mock(UriInfo.class);
        when(french.getBaseUri()).thenReturn(URI.create("https://news.example.org/fr/"));
        SitePagesResource resource = new SitePagesResource(readPage,
                new VisitorTemplates(menu, new LanguageRoutes(SiteLanguages.parse("en,fr,de"))));

        String html = new String(answer(resource.page("a-propos", french)).body(), StandardCharsets.UTF_8);

        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<h1>À propos du réseau</h1>"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.org/fr/pages/a-propos\">"), html);
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.org/pages/about\">"), html);
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://news.example.org/fr/pages/a-propos\">"), html);
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"https://news.example.org/de/pages/ueber-uns\">"), html);
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/pages/about\">"), html);
        assertTrue(html.contains("<a href=\"/de/pages/ueber-uns\" lang=\"de\" hreflang=\"de\""), "the switcher leads to the translation: " + html);
        assertTrue(html.contains("<a href=\"/fr/pages/a-propos\" aria-current=\"page\">À propos du réseau</a>"), "the French menu: " + html);
    }

    @Test
    void a_page_without_a_german_translation_sends_german_readers_to_the_german_home() {
        SitePage aPropos = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.FRENCH, "a-propos",
                "À propos du réseau", 0);
        when(readPage.readPublishedPage(SitePageFixtures.ENGLISH, new Slug("about"))).thenReturn(new PublishedSitePage(
                about, List.of(PublishedTranslation.of(aPropos))));
        SitePagesResource resource = new SitePagesResource(readPage,
                new VisitorTemplates(menu, new LanguageRoutes(SiteLanguages.parse("en,fr,de"))));

        String html = new String(answer(resource.page("about", site())).body(), StandardCharsets.UTF_8);

        assertTrue(html.contains("<a href=\"/fr/pages/a-propos\" lang=\"fr\" hreflang=\"fr\""), html);
        assertTrue(html.contains("<a href=\"/de/\" lang=\"de\" hreflang=\"de\""), html);
        assertTrue(!html.contains("hreflang=\"de\" href="), "no alternate in German: " + html);
    }
}

package org.hrcities.platform.adapter.in.web.site.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.site.city.CitiesPage;
import org.hrcities.platform.adapter.in.web.site.city.CityMap;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.junit.jupiter.api.Test;

/** Every visitor page shows the navigation menu of published pages that {@link VisitorTemplates} reads. */
class MenuRenderingTest {

    private static final URI CANONICAL = URI.create("https://news.example.org/cities");
    private static final jakarta.ws.rs.core.UriInfo ROOT = org.mockito.Mockito.mock(jakarta.ws.rs.core.UriInfo.class);

    @Test
    void a_visitor_page_shows_the_menu_pages_after_the_built_in_entries_in_order() {
        VisitorTemplates templates = new VisitorTemplates(language -> List.of(
                SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0),
                SitePageFixtures.aPublishedPageInMenu("privacy", "Privacy policy", 1)));

        String html = new String(templates.render("cities.jte", new CitiesPage(List.of(), CityMap.of(List.of())),
                templates.alone(ROOT), CANONICAL), StandardCharsets.UTF_8);

        int search = html.indexOf("<a href=\"/search\"");
        int about = html.indexOf("<li><a href=\"/pages/about\">About the network</a></li>");
        int privacy = html.indexOf("<li><a href=\"/pages/privacy\">Privacy policy</a></li>");
        assertTrue(search >= 0 && search < about && about < privacy, html);
        assertTrue(html.contains("<a href=\"/cities\" aria-current=\"page\">"), html);
    }

    @Test
    void without_menu_pages_or_without_the_menu_the_navigation_is_the_built_in_one() {
        VisitorTemplates templates = new VisitorTemplates(language -> List.of());
        String empty = new String(templates.render("cities.jte",
                new CitiesPage(List.of(), CityMap.of(List.of())), templates.alone(ROOT), CANONICAL),
                StandardCharsets.UTF_8);
        String plain = new String(Templates.render("cities.jte", java.util.Map.of("page",
                new CitiesPage(List.of(), CityMap.of(List.of())), "canonical", CANONICAL.toString(), "frame",
                org.hrcities.platform.adapter.in.web.render.Frame.plain(
                        org.hrcities.platform.domain.shared.Language.parse("en")))), StandardCharsets.UTF_8);
        assertFalse(empty.contains("/pages/"), empty);
        assertFalse(plain.contains("/pages/"), plain);
    }
}

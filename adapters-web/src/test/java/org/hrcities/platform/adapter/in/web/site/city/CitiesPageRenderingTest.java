package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The directory's map: an image with a name and a description, a decorative outline, a dot per city, within budget. */
class CitiesPageRenderingTest {

    /** The page with the dots on a grid weighed 4,393 bytes for the seven demo cities; the outline may add 40 KB. */
    private static final int PAGE_BUDGET = 4_393 + 40_000;

    private static final List<CityRow> DEMO_CITIES = List.of(
            city("Graz", 47.0707, 15.4395), city("Lund", 55.7047, 13.1910), city("Middelburg", 51.4988, 3.6136),
            city("Nuremberg", 49.4521, 11.0767), city("Utrecht", 52.0907, 5.1214), city("Vienna", 48.2082, 16.3738),
            city("York", 53.9600, -1.0873));

    private static CityRow city(String name, double latitude, double longitude) {
        return new CityRow(name.toLowerCase(), name, "Somewhere", "Associate member", 2020, null, "", latitude, longitude, false);
    }

    private static byte[] render(List<CityRow> cities) {
        return Templates.render("cities.jte", new CitiesPage(cities, CityMap.of(cities)),
                URI.create("https://news.example.org/cities"));
    }

    @Test
    void the_page_with_the_outline_stays_within_its_budget() {
        CityMap map = CityMap.of(DEMO_CITIES);
        int outline = map.land().length() + map.borders().length();
        int page = render(DEMO_CITIES).length;

        assertTrue(outline <= 40_000, "the outline's path data: " + outline + " bytes");
        assertTrue(page <= PAGE_BUDGET, "the page: " + page + " bytes");
    }

    @Test
    void the_map_is_one_labelled_image_whose_outline_is_decorative() {
        Document html = Jsoup.parse(new String(render(DEMO_CITIES), StandardCharsets.UTF_8));
        Element svg = html.selectFirst("figure.map svg");

        assertEquals("img", svg.attr("role"));
        assertEquals("map-title map-desc", svg.attr("aria-labelledby"));
        assertEquals("Map of the partner cities", svg.selectFirst("title#map-title").text());
        assertTrue(svg.selectFirst("desc#map-desc").text().contains("the table below lists them all"));
        Element outline = svg.selectFirst("g[aria-hidden=true]");
        assertEquals(List.of("map-sea", "map-land", "map-borders"), outline.children().stream().map(Element::className).toList());
        assertTrue(outline.selectFirst("path.map-land").attr("d").length() > 10_000, "the land is drawn");
        assertEquals(DEMO_CITIES.size(), svg.select("circle.map-dot").size());
        assertEquals(List.of("Lund", "York", "Utrecht", "Middelburg", "Nuremberg", "Vienna", "Graz"),
                svg.select("text").stream().map(Element::text).toList(), "north to south");
        assertEquals(DEMO_CITIES.size(), html.select("table.directory tbody tr").size(), "the table lists every city");
    }

    @Test
    void the_map_needs_no_style_attribute_and_no_script() {
        Document html = Jsoup.parse(new String(render(DEMO_CITIES), StandardCharsets.UTF_8));

        assertEquals(0, html.select("[style], script, style").size(), "the site's policy allows neither");
    }

    @Test
    void cities_beyond_the_map_are_named_in_the_caption() {
        List<CityRow> cities = List.of(city("York", 53.96, -1.09), city("Montreal", 45.50, -73.57));
        Document html = Jsoup.parse(new String(render(cities), StandardCharsets.UTF_8));

        assertTrue(html.selectFirst("figure.map figcaption").text().contains("One city lies beyond this map; the table lists it."));
        assertEquals(2, html.select("table.directory tbody tr").size());
    }
}

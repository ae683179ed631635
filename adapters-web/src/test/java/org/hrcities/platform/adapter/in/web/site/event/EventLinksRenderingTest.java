package org.hrcities.platform.adapter.in.web.site.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.city.CityPage;
import org.hrcities.platform.adapter.in.web.site.city.CityRow;
import org.hrcities.platform.adapter.in.web.site.post.CommentForm;
import org.hrcities.platform.adapter.in.web.site.post.HomePage;
import org.hrcities.platform.adapter.in.web.site.post.PostPage;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The home page, a city's page and a post's page link to their events. */
class EventLinksRenderingTest {

    private final PartnerCity graz = PartnerCityFixtures.graz();

    private EventCard card(String slug) {
        Event event = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), slug, LocalDateTime.parse("2030-03-14T18:30"),
                EventFixtures.BRUSSELS));
        return EventCard.of(new ListedEvent(event, Optional.of(graz), false));
    }

    private static Document render(String template, Object page, String path) {
        return Jsoup.parse(new String(Templates.render(template, page, URI.create("https://news.example.org" + path)),
                StandardCharsets.UTF_8));
    }

    @Test
    void the_home_page_shows_the_next_events_and_links_to_all_of_them() {
        Document home = render("home.jte", new HomePage(List.of(), new Pager(1, 0, null, null),
                List.of(card("one"), card("two"), card("three"))), "/");

        assertEquals("Next events", home.selectFirst(".next-events h2").text());
        assertEquals(List.of("/events/one", "/events/two", "/events/three"),
                home.select(".next-events article h3 a").eachAttr("href"));
        assertEquals(1, home.select(".next-events a[href=/events]").size());
        assertEquals(1, home.select("header nav a[href=/events]").size(), "Events is in the navigation");
    }

    @Test
    void a_home_page_without_events_has_no_empty_section() {
        Document home = render("home.jte", new HomePage(List.of(), new Pager(1, 0, null, null)), "/");
        assertTrue(home.select(".next-events").isEmpty());
    }

    @Test
    void a_city_page_lists_its_upcoming_events_and_its_calendar() {
        Document city = render("city.jte", new CityPage(CityRow.of(graz), List.of(), 0, new Pager(1, 0, null, null),
                List.of(card("graz-meeting"))), "/cities/graz");

        assertEquals("Upcoming events in Graz", city.select("main h2").first().text());
        assertEquals("/events/graz-meeting", city.selectFirst("main article h3 a").attr("href"));
        assertEquals("/cities/graz/events.ics", city.selectFirst("link[type=text/calendar]").attr("href"));
        assertEquals(1, city.select("a[href=/cities/graz/events.ics]").size());
    }

    @Test
    void a_post_named_by_events_says_what_it_is_about() {
        PostPage page = new PostPage("report", "Report", "", "Team", Instant.parse("2021-01-21T09:00:00Z"),
                Markdown.toHtml("Body."), List.of(), List.of(), List.of(), 0, true, null, CommentForm.empty(null, null),
                null, 30, List.of(new PostPage.EventLink("roundtable", "Round <table>", "Wed 20 Jan 2021, 14:00–16:00 (Europe/Brussels time)")));

        Document post = render("post.jte", page, "/posts/report");

        String about = post.select("p.tags").stream().filter(p -> p.text().startsWith("This post is about:"))
                .findFirst().orElseThrow().text();
        assertEquals("This post is about: Round <table> (Wed 20 Jan 2021, 14:00–16:00 (Europe/Brussels time))", about);
        assertEquals("Round <table>", post.selectFirst("a[href=/events/roundtable]").text());
    }
}

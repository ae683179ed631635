package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events of the demo site as visitors, calendar applications and API clients get them: the
 * roundtable of 20 January 2021 (14:00-16:00 in Brussels, online, over) and four coming events, one
 * of them cancelled.
 */
@ExtendWith(DemoSite.class)
class EventsIT {

    static final String ROUNDTABLE = "roundtable-with-the-un-special-rapporteur-on-extreme-poverty";
    static final String WEBINAR = "webinar-measuring-human-rights-in-the-city";
    static final String VIENNA = "housing-exchange-in-vienna";
    static final String YORK = "annual-conference-of-human-rights-cities-in-york";
    static final String NUREMBERG = "study-visit-to-the-way-of-human-rights";

    private static Document page(Site site, String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("text/html;charset=UTF-8", response.headers().firstValue("Content-Type").orElse(""), path);
        return Jsoup.parse(response.body());
    }

    private static JsonObject jsonLd(Document page) {
        return Json.createReader(new StringReader(page.selectFirst("script[type=application/ld+json]").data())).readObject();
    }

    private static ICalendar calendar(Site site, String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("text/calendar;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""), path);
        List<ICalendar> calendars = Biweekly.parse(response.body()).all();
        assertEquals(1, calendars.size(), path);
        return calendars.getFirst();
    }

    private static Map<String, JsonObject> apiEvents(Site site) {
        JsonArray events = Site.json(site.get("/api/events?per_page=100")).asJsonArray();
        return events.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(event -> event.getString("slug"), Function.identity()));
    }

    @Test
    void the_list_shows_the_coming_events_soonest_first_then_the_past_ones(Site site) {
        Document events = page(site, "/events");

        List<String> headings = events.select("main h2").eachText();
        assertEquals(List.of("Upcoming", "Past"), headings);
        List<String> links = events.select("main article h3 a").eachAttr("href");
        assertEquals(List.of("/events/" + WEBINAR, "/events/" + NUREMBERG, "/events/" + VIENNA, "/events/" + YORK,
                "/events/" + ROUNDTABLE), links);
        assertTrue(events.select("main article").get(1).text().contains("Cancelled"), events.select("main article").get(1).text());
        assertTrue(events.select("main article").get(4).text().contains("Wed 20 Jan 2021, 14:00–16:00 (Europe/Brussels time)"));
        assertTrue(events.select("main article").get(4).text().contains("Online"));
        assertEquals("page", events.selectFirst("header nav a[href=/events]").attr("aria-current"));
    }

    @Test
    void the_roundtable_page_shows_its_time_in_brussels_its_posts_and_its_json_ld(Site site) {
        Document roundtable = page(site, "/events/" + ROUNDTABLE);

        assertEquals("Wednesday 20 January 2021, 14:00–16:00 (Europe/Brussels time)", roundtable.selectFirst("dd time").text());
        assertTrue(roundtable.text().contains("This event is over."));
        assertEquals(2, roundtable.select("a[href=/posts/happy-new-year-2021], a[href=/posts/cities-meet-the-un-special-rapporteur-on-poverty]").size());
        assertEquals("/events/" + ROUNDTABLE + ".ics", roundtable.selectFirst("a[download]").attr("href"));
        JsonObject json = jsonLd(roundtable);
        assertEquals("Event", json.getString("@type"));
        assertEquals("2021-01-20T14:00:00+01:00", json.getString("startDate"));
        assertEquals("2021-01-20T16:00:00+01:00", json.getString("endDate"));
        assertEquals("https://schema.org/EventScheduled", json.getString("eventStatus"));
        assertEquals("https://schema.org/OnlineEventAttendanceMode", json.getString("eventAttendanceMode"));
        assertEquals("VirtualLocation", json.getJsonObject("location").getString("@type"));
        assertEquals(site.uri("/events/" + ROUNDTABLE).toString(), json.getString("url"));
    }

    @Test
    void a_cancelled_event_says_so_on_its_page_and_in_its_json_ld(Site site) {
        Document visit = page(site, "/events/" + NUREMBERG);

        assertEquals("This event is cancelled.", visit.selectFirst(".notice").text());
        assertEquals("https://schema.org/EventCancelled", jsonLd(visit).getString("eventStatus"));
        assertEquals("Nuremberg", jsonLd(visit).getJsonArray("organizer").getJsonObject(0).getString("name"));
    }

    @Test
    void the_home_page_a_city_and_a_post_link_to_their_events(Site site) {
        Document home = page(site, "/");
        assertEquals(List.of("/events/" + WEBINAR, "/events/" + NUREMBERG, "/events/" + VIENNA),
                home.select(".next-events article h3 a").eachAttr("href"));
        assertEquals(1, home.select(".next-events a[href=/events]").size());

        Document vienna = page(site, "/cities/vienna");
        assertTrue(vienna.select("main article h3 a").eachAttr("href").contains("/events/" + VIENNA));
        assertEquals("/cities/vienna/events.ics", vienna.selectFirst("link[type=text/calendar]").attr("href"));

        Document post = page(site, "/posts/happy-new-year-2021");
        assertTrue(post.text().contains("This post is about:"), post.text());
        assertEquals(1, post.select("a[href=/events/" + ROUNDTABLE + "]").size());

        String sitemap = site.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("/events</loc>"), sitemap);
        assertTrue(sitemap.contains("/events/" + YORK + "</loc>"), sitemap);
    }

    @Test
    void the_calendar_holds_every_coming_event_with_its_uid_sequence_status_and_zone(Site site) {
        Map<String, JsonObject> api = apiEvents(site);
        ICalendar calendar = calendar(site, "/events.ics");

        assertEquals("PUBLISH", calendar.getMethod().getValue());
        Map<String, VEvent> byUrl = calendar.getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUrl().getValue(), Function.identity()));
        assertEquals(Set.of(WEBINAR, VIENNA, YORK, NUREMBERG),
                byUrl.keySet().stream().map(url -> url.substring(url.lastIndexOf('/') + 1)).collect(Collectors.toSet()),
                "the events not over yet (the roundtable of 2021 ended long before the last 180 days)");
        Set<String> zones = calendar.getTimezoneInfo().getComponents().stream()
                .map(zone -> zone.getTimezoneId().getValue()).collect(Collectors.toSet());
        assertEquals(Set.of("Europe/Brussels", "Europe/Vienna", "Europe/Berlin"), zones, "York's conference takes whole days");
        for (VEvent event : calendar.getEvents()) {
            String slug = event.getUrl().getValue().substring(event.getUrl().getValue().lastIndexOf('/') + 1);
            JsonObject expected = api.get(slug);
            assertEquals(expected.getString("id") + "@events.hrc-platform.invalid", event.getUid().getValue(), slug);
            assertEquals(slug.equals(NUREMBERG) ? 1 : 0, event.getSequence().getValue(), slug + ": a cancellation is a change");
            assertEquals(slug.equals(NUREMBERG) ? "CANCELLED" : "CONFIRMED", event.getStatus().getValue(), slug);
            if (expected.getBoolean("allDay")) {
                assertFalse(event.getDateStart().getValue().hasTime(), slug + " is dated, VALUE=DATE");
            } else {
                assertEquals(OffsetDateTime.parse(expected.getJsonObject("start").getString("instant")).toInstant(),
                        event.getDateStart().getValue().toInstant(), slug + " starts at the instant its TZID names");
                assertEquals(expected.getString("timeZone"), calendar.getTimezoneInfo().getTimezone(event.getDateStart())
                        .getComponent().getTimezoneId().getValue(), slug);
            }
        }

        HttpResponse<String> first = site.get("/events.ics");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.get("/events.ics", "If-None-Match", etag).statusCode());
    }

    @Test
    void one_event_downloads_as_its_own_calendar_and_a_city_has_its_own(Site site) {
        HttpResponse<String> download = site.get("/events/" + ROUNDTABLE + ".ics");
        assertEquals("attachment; filename=\"" + ROUNDTABLE + ".ics\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        VEvent roundtable = calendar(site, "/events/" + ROUNDTABLE + ".ics").getEvents().getFirst();
        assertEquals(OffsetDateTime.parse("2021-01-20T14:00:00+01:00").toInstant(), roundtable.getDateStart().getValue().toInstant());
        assertEquals(404, site.get("/events/atlantis.ics").statusCode());

        ICalendar vienna = calendar(site, "/cities/vienna/events.ics");
        assertEquals(List.of(site.uri("/events/" + VIENNA).toString()),
                vienna.getEvents().stream().map(event -> event.getUrl().getValue()).toList());
        assertEquals(404, site.get("/cities/atlantis/events.ics").statusCode());
    }

    @Test
    void the_api_filters_by_period_and_city_and_refuses_what_it_cannot_read(Site site) {
        JsonArray january = Site.json(site.get("/api/events?from=2021-01-01&to=2021-01-31")).asJsonArray();
        assertEquals(List.of(ROUNDTABLE), january.stream().map(event -> event.asJsonObject().getString("slug")).toList());
        JsonObject roundtable = january.getJsonObject(0);
        assertEquals("2021-01-20T14:00", roundtable.getJsonObject("start").getString("local"));
        assertEquals("2021-01-20T14:00:00+01:00", roundtable.getJsonObject("start").getString("instant"));
        assertEquals(2, roundtable.getJsonArray("posts").size());

        HttpResponse<String> vienna = site.get("/api/events?city=vienna");
        assertEquals(List.of(VIENNA), Site.json(vienna).asJsonArray().stream()
                .map(event -> event.asJsonObject().getString("slug")).toList());
        assertEquals("1", vienna.headers().firstValue("X-Total-Count").orElse(""));

        JsonObject one = Site.json(site.get("/api/events/" + VIENNA)).asJsonObject();
        assertEquals("MIXED", one.getString("attendanceMode"));
        assertEquals("vienna", one.getJsonObject("place").getJsonObject("city").getString("slug"));

        for (String wrong : List.of("from=2021-02-01&to=2021-01-01", "from=yesterday", "to=2021-13-01", "page=0",
                "per_page=101", "city=Not%20a%20slug")) {
            HttpResponse<String> refused = site.get("/api/events?" + wrong);
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""), wrong);
        }
        assertEquals(404, site.get("/api/events?city=atlantis").statusCode());
        assertEquals(404, site.get("/api/events/atlantis").statusCode());
    }

    @Test
    void the_geojson_has_the_events_held_in_partner_cities_at_their_locations(Site site) {
        Map<String, JsonObject> cities = Site.json(site.get("/api/cities")).asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(city -> city.getString("slug"), Function.identity()));
        HttpResponse<String> response = site.get("/api/events?per_page=100", "Accept", "application/geo+json");
        assertEquals("application/geo+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonArray features = Site.json(response).asJsonObject().getJsonArray("features");

        Map<String, String> cityOf = features.stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                feature -> feature.getJsonObject("properties").getString("slug"),
                feature -> feature.getJsonObject("properties").getString("citySlug")));
        assertEquals(Map.of(VIENNA, "vienna", YORK, "york", NUREMBERG, "nuremberg"), cityOf, "the online events have no point");
        for (JsonValue value : features) {
            JsonObject feature = value.asJsonObject();
            JsonObject city = cities.get(feature.getJsonObject("properties").getString("citySlug"));
            JsonArray coordinates = feature.getJsonObject("geometry").getJsonArray("coordinates");
            assertEquals(city.getJsonNumber("longitude").doubleValue(), coordinates.getJsonNumber(0).doubleValue(), 1e-9);
            assertEquals(city.getJsonNumber("latitude").doubleValue(), coordinates.getJsonNumber(1).doubleValue(), 1e-9);
        }
    }
}

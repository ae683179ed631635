package org.hrcities.platform.adapter.in.web.site.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An event page's schema.org Event, read back as JSON, and kept inside its script element whatever the text. */
class EventJsonLdTest {

    private static final String BASE = "https://news.example.org/";

    private static JsonObject read(String script) {
        try (var reader = Json.createReader(new StringReader(script))) {
            return reader.readObject();
        }
    }

    @Test
    void a_scheduled_online_event_is_an_event_with_a_virtual_location() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        JsonObject json = read(EventJsonLd.forScript(EventJsonLd.of(
                new EventView(roundtable, Optional.empty(), List.of(graz), List.of(), true), BASE)));

        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("Event", json.getString("@type"));
        assertEquals("Roundtable on extreme poverty and human rights", json.getString("name"));
        assertEquals("2021-01-20T14:00:00+01:00", json.getString("startDate"));
        assertEquals("2021-01-20T16:00:00+01:00", json.getString("endDate"));
        assertEquals("https://schema.org/EventScheduled", json.getString("eventStatus"));
        assertEquals("https://schema.org/OnlineEventAttendanceMode", json.getString("eventAttendanceMode"));
        JsonObject location = json.getJsonObject("location");
        assertEquals("VirtualLocation", location.getString("@type"));
        assertEquals("https://meet.example/roundtable", location.getString("url"));
        JsonObject organiser = json.getJsonArray("organizer").getJsonObject(0);
        assertEquals("Graz", organiser.getString("name"));
        assertEquals(BASE + "cities/graz", organiser.getString("url"));
        assertEquals(BASE + "events/roundtable-extreme-poverty", json.getString("url"));
        assertEquals("What the event is about.", json.getString("description"));
        assertFalse(json.containsKey("previousStartDate"));
    }

    @Test
    void a_postponed_event_in_a_city_and_online_is_rescheduled_with_its_previous_start_and_both_locations() {
        PartnerCity graz = PartnerCityFixtures.graz();
        EventTiming first = EventTiming.at(LocalDateTime.parse("2030-07-01T10:00"), LocalDateTime.parse("2030-07-01T12:00"),
                EventFixtures.BRUSSELS);
        Event event = EventFixtures.aPublished(EventFixtures.details("mixed", "Mixed meeting", first,
                new EventPlace(graz.id(), "Rathaus, Hauptplatz 1", new WebsiteUrl("https://meet.example/mixed")), List.of()));
        event.postpone(EventTiming.at(LocalDateTime.parse("2030-09-01T10:00"), LocalDateTime.parse("2030-09-01T12:00"),
                EventFixtures.BRUSSELS), Instant.parse("2030-01-01T00:00:00Z"));

        JsonObject json = read(EventJsonLd.forScript(EventJsonLd.of(
                new EventView(event, Optional.of(graz), List.of(), List.of(), false), BASE)));

        assertEquals("https://schema.org/EventRescheduled", json.getString("eventStatus"));
        assertEquals("2030-07-01T10:00:00+02:00", json.getString("previousStartDate"));
        assertEquals("2030-09-01T10:00:00+02:00", json.getString("startDate"));
        assertEquals("https://schema.org/MixedEventAttendanceMode", json.getString("eventAttendanceMode"));
        JsonArray locations = json.getJsonArray("location");
        assertEquals("Place", locations.getJsonObject(0).getString("@type"));
        JsonObject address = locations.getJsonObject(0).getJsonObject("address");
        assertEquals("Rathaus, Hauptplatz 1", address.getString("streetAddress"));
        assertEquals("Graz", address.getString("addressLocality"));
        assertEquals("AT", address.getString("addressCountry"));
        assertEquals("VirtualLocation", locations.getJsonObject(1).getString("@type"));
        assertFalse(json.containsKey("organizer"));
    }

    @Test
    void a_cancelled_all_day_event_has_dates_only() {
        Event congress = EventFixtures.aPublished(EventFixtures.details("congress", "Congress",
                EventTiming.allDay(LocalDate.parse("2030-06-03"), LocalDate.parse("2030-06-05"), EventFixtures.BRUSSELS),
                EventPlace.at(null, "Palais des Nations, Geneva"), List.of()));
        congress.cancel(Instant.parse("2030-01-01T00:00:00Z"));

        JsonObject json = read(EventJsonLd.forScript(EventJsonLd.of(
                new EventView(congress, Optional.empty(), List.of(), List.of(), false), BASE)));

        assertEquals("2030-06-03", json.getString("startDate"));
        assertEquals("2030-06-05", json.getString("endDate"));
        assertEquals("https://schema.org/EventCancelled", json.getString("eventStatus"));
        assertEquals("https://schema.org/OfflineEventAttendanceMode", json.getString("eventAttendanceMode"));
        assertEquals("Place", json.getJsonObject("location").getString("@type"));
    }

    @Test
    void line_and_paragraph_separators_are_escaped_for_parsers_that_read_javascript() {
        JsonObject json = Json.createObjectBuilder().add("name", "a\u2028b\u2029c").build();
        String script = EventJsonLd.forScript(json);
        assertFalse(script.contains("\u2028") || script.contains("\u2029"), script);
        assertTrue(script.contains("\\u2028") && script.contains("\\u2029"), script);
        assertEquals("a\u2028b\u2029c", read(script).getString("name"));
    }

    @Test
    void no_title_or_description_can_end_the_script_element() {
        String hostile = "</script><script>alert(1)</script><!-- &";
        Event event = EventFixtures.aPublished(new EventDetails(new Slug("hostile"), hostile,
                "Text </SCRIPT> and <!-- a comment", EventFixtures.roundtable().timing(),
                EventFixtures.roundtable().place(), null, List.of(), List.of()));

        String script = EventJsonLd.forScript(EventJsonLd.of(
                new EventView(event, Optional.empty(), List.of(), List.of(), false), BASE));

        assertFalse(script.contains("<") || script.contains(">") || script.contains("&"), script);
        assertEquals(hostile, read(script).getString("name"));
        String page = "<!DOCTYPE html><html><head><script type=\"application/ld+json\">" + script
                + "</script></head><body><p>after</p></body></html>";
        Document document = Jsoup.parse(page);
        List<Element> scripts = document.select("script");
        assertEquals(1, scripts.size(), "the JSON stays one script element");
        assertEquals(hostile, read(scripts.getFirst().data()).getString("name"));
        assertTrue(read(scripts.getFirst().data()).getString("description").contains("</SCRIPT>"));
    }
}

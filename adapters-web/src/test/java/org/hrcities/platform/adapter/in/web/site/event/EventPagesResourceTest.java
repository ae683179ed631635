package org.hrcities.platform.adapter.in.web.site.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.cache.LocalRevisions;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.application.port.in.event.ListCalendarEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsQuery;
import org.hrcities.platform.application.port.in.event.ListEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.event.ReadEventUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EventPagesResourceTest {

    @Mock
    private ListEventsUseCase listEvents;
    @Mock
    private ReadEventUseCase readEvent;
    @Mock
    private ListCalendarEventsUseCase calendarEvents;

    private final UriInfo request = mock(UriInfo.class);
    private final PartnerCity graz = PartnerCityFixtures.graz();
    private EventPagesResource resource;

    @BeforeEach
    void setUp() {
        lenient().when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        resource = new EventPagesResource(listEvents, readEvent, calendarEvents, new VisitorTemplates(language -> List.of()),
                SiteAddress.of("https://news.example.org"));
    }

    private static String body(Response response) {
        return new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
    }

    private Event meeting(String slug, String start) {
        return EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), slug, LocalDateTime.parse(start),
                EventFixtures.BRUSSELS));
    }

    @Test
    void the_list_puts_upcoming_events_under_one_heading_and_past_ones_under_another() {
        Event next = meeting("next", "2030-03-14T18:30");
        Event cancelled = meeting("called-off", "2030-04-01T10:00");
        cancelled.cancel(Instant.parse("2029-01-01T00:00:00Z"));
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        PageRequest first = new PageRequest(1, 10);
        when(listEvents.listEvents(new ListEventsQuery(first, null))).thenReturn(new Page<>(List.of(
                new ListedEvent(next, Optional.of(graz), false), new ListedEvent(cancelled, Optional.of(graz), false),
                new ListedEvent(roundtable, Optional.empty(), true)), first, 3));

        Document page = Jsoup.parse(body(resource.events(null, request)));

        assertEquals("Events", page.selectFirst("h1").text());
        List<String> headings = page.select("main h2, main h3").eachText();
        assertEquals(List.of("Upcoming", "Meeting next", "Meeting called-off Cancelled", "Past",
                "Roundtable on extreme poverty and human rights"), headings);
        Element firstEvent = page.selectFirst("main article");
        assertEquals("/events/next", firstEvent.selectFirst("a").attr("href"));
        assertEquals("Thu 14 Mar 2030, 18:30–20:30 (Europe/Brussels time)", firstEvent.selectFirst("time").text());
        assertEquals("2030-03-14T18:30:00+01:00", firstEvent.selectFirst("time").attr("datetime"));
        assertTrue(firstEvent.text().contains("Town hall, Main Square 1"), firstEvent.text());
        assertEquals("/cities/graz", firstEvent.select("a").get(1).attr("href"));
        assertTrue(page.select("main article").get(2).text().contains("Online"));
        assertEquals("page", page.selectFirst("nav a[href=/events]").attr("aria-current"));
        assertEquals("/events.ics", page.selectFirst("link[type=text/calendar]").attr("href"));
    }

    @Test
    void a_later_page_of_past_events_starts_with_the_past_heading() {
        PageRequest second = new PageRequest(2, 10);
        when(listEvents.listEvents(new ListEventsQuery(second, null))).thenReturn(new Page<>(List.of(
                new ListedEvent(EventFixtures.aPublished(EventFixtures.roundtable()), Optional.empty(), true)), second, 11));

        Document page = Jsoup.parse(body(resource.events("2", request)));

        assertEquals("Past", page.selectFirst("main h2").text());
        assertEquals("/events", page.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("https://news.example.org/events?page=2", page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void an_event_page_shows_its_time_in_its_own_zone_its_place_links_and_json_ld() {
        Post report = PostFixtures.aPublishedPost("roundtable-report", Instant.parse("2021-01-21T09:00:00Z"));
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        when(readEvent.readEvent(new Slug("roundtable-extreme-poverty"))).thenReturn(
                new EventView(roundtable, Optional.empty(), List.of(graz), List.of(report), true));

        String html = body(resource.event("roundtable-extreme-poverty", request));
        Document page = Jsoup.parse(html);

        assertEquals("Roundtable on extreme poverty and human rights", page.selectFirst("h1").text());
        assertEquals("Wednesday 20 January 2021, 14:00–16:00 (Europe/Brussels time)", page.selectFirst("dd time").text());
        assertTrue(page.text().contains("This event is over."));
        assertFalse(page.text().contains("cancelled"));
        assertEquals("https://meet.example/roundtable", page.selectFirst("a[href=https://meet.example/roundtable]").text());
        assertEquals(1, page.select("a[href=https://register.example/roundtable-extreme-poverty]").size());
        assertEquals("Graz", page.selectFirst("a[href=/cities/graz]").text());
        assertEquals(report.title(), page.selectFirst("a[href=/posts/roundtable-report]").text());
        assertEquals("/events/roundtable-extreme-poverty.ics", page.selectFirst("a[download]").attr("href"));
        assertEquals("What the event is about.", page.selectFirst(".post-body").text());
        Element script = page.selectFirst("script[type=application/ld+json]");
        JsonObject json = Json.createReader(new StringReader(script.data())).readObject();
        assertEquals("Event", json.getString("@type"));
        assertEquals("https://news.example.org/events/roundtable-extreme-poverty", json.getString("url"));
    }

    @Test
    void a_cancelled_event_says_so_and_a_postponed_one_says_when_it_was_first_planned() {
        Event cancelled = meeting("called-off", "2030-04-01T10:00");
        cancelled.cancel(Instant.parse("2029-01-01T00:00:00Z"));
        when(readEvent.readEvent(new Slug("called-off"))).thenReturn(
                new EventView(cancelled, Optional.of(graz), List.of(), List.of(), false));
        Document page = Jsoup.parse(body(resource.event("called-off", request)));
        assertEquals("This event is cancelled.", page.selectFirst(".notice").text());
        assertFalse(page.text().contains("This event is over."));

        Event postponed = meeting("moved", "2030-04-01T10:00");
        postponed.postpone(EventTiming.allDay(LocalDate.parse("2030-05-04"), LocalDate.parse("2030-05-05"),
                EventFixtures.BRUSSELS), Instant.parse("2029-01-01T00:00:00Z"));
        when(readEvent.readEvent(new Slug("moved"))).thenReturn(
                new EventView(postponed, Optional.of(graz), List.of(), List.of(), false));
        page = Jsoup.parse(body(resource.event("moved", request)));
        assertEquals("Postponed: first planned for Monday 1 April 2030, 10:00–12:00 (Europe/Brussels time).",
                page.selectFirst(".notice").text());
        assertEquals("Saturday 4 May 2030 – Sunday 5 May 2030, all day (Europe/Brussels time)",
                page.selectFirst("dd time").text());
        assertEquals("2030-05-04", page.selectFirst("dd time").attr("datetime"));
    }

    @Test
    void hostile_text_is_escaped_and_the_description_is_sanitised() {
        Event event = EventFixtures.aPublished(new org.hrcities.platform.domain.event.EventDetails(new Slug("hostile"),
                "<img src=x onerror=alert(1)></script>", "<script>alert(1)</script>\n\n[x](javascript:alert(1)) **bold**",
                EventFixtures.roundtable().timing(), EventPlace.at(null, "<b>Hall</b>"), null, List.of(), List.of()));
        when(readEvent.readEvent(new Slug("hostile"))).thenReturn(
                new EventView(event, Optional.empty(), List.of(), List.of(), false));

        Document page = Jsoup.parse(body(resource.event("hostile", request)));

        assertTrue(page.select("main img, main script, main b").isEmpty(), page.select("main").html());
        assertEquals("<img src=x onerror=alert(1)></script>", page.selectFirst("h1").text());
        assertEquals(1, page.select(".post-body strong").size());
        assertTrue(page.select(".post-body a[href^=javascript]").isEmpty());
        assertEquals(1, page.select("script").size());
    }

    @Test
    void an_unknown_or_unpublished_event_is_not_found() {
        when(readEvent.readEvent(new Slug("draft"))).thenThrow(new EventNotFoundException(new Slug("draft")));
        assertThrows(EventNotFoundException.class, () -> resource.event("draft", request));
        assertThrows(NotFoundException.class, () -> resource.event("Not A Slug", request));
    }

    @Test
    void the_calendars_are_icalendar_and_one_event_downloads_as_a_named_file() {
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        when(calendarEvents.listCalendarEvents(null)).thenReturn(List.of(new ListedEvent(roundtable, Optional.empty(), true)));
        Response all = resource.calendar(request);
        Representation calendar = (Representation) all.getEntity();
        Answer answer = new PageCache(new LocalRevisions()).answer(calendar, Set.of(), new Conditions(null, null, false));
        assertTrue(answer.headers().contains(new Header("Content-Type", "text/calendar;charset=utf-8")),
                answer.headers().toString());
        ICalendar parsed = Biweekly.parse(body(all)).first();
        assertEquals(EventPagesResource.CALENDAR_NAME, parsed.getExperimentalProperty("X-WR-CALNAME").getValue());
        assertEquals(roundtable.id() + "@news.example.org", parsed.getEvents().getFirst().getUid().getValue());

        when(readEvent.readEvent(roundtable.slug())).thenReturn(
                new EventView(roundtable, Optional.empty(), List.of(), List.of(), true));
        Response one = resource.eventCalendar("roundtable-extreme-poverty", request);
        assertEquals("attachment; filename=\"roundtable-extreme-poverty.ics\"", one.getHeaderString("Content-Disposition"));
        assertEquals(1, Biweekly.parse(body(one)).first().getEvents().size());
    }
}

package org.hrcities.platform.adapter.in.web.site.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.util.ICalDate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.util.Configurator;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;

/**
 * The calendars ical4j writes, read back with biweekly, a parser that shares nothing with it: the
 * instants a reader computes from DTSTART/DTEND and the VTIMEZONE definitions are the events' own.
 */
class EventCalendarsTest {

    private static final String BASE = "https://news.example.org/";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private final EventCalendars calendars = new EventCalendars(SiteAddress.of("https://news.example.org"));
    private final PartnerCity graz = PartnerCityFixtures.graz();

    private static ICalendar parse(byte[] bytes) {
        List<ICalendar> all = Biweekly.parse(new String(bytes, StandardCharsets.UTF_8)).all();
        assertEquals(1, all.size());
        return all.getFirst();
    }

    private static VEvent only(ICalendar calendar) {
        assertEquals(1, calendar.getEvents().size());
        return calendar.getEvents().getFirst();
    }

    @Test
    void ical4j_is_configured_never_to_fetch_time_zones_and_to_keep_them_in_a_map() {
        assertEquals(Optional.of("false"), Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
        assertEquals(Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
    }

    @Test
    void an_event_has_a_stable_uid_on_the_site_host_its_sequence_and_its_zoned_start() {
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        roundtable.describe(new org.hrcities.platform.domain.event.EventDetails(roundtable.slug(), "Roundtable, renamed",
                roundtable.description(), roundtable.timing(), roundtable.place(), null, List.of(), List.of()),
                Instant.parse("2020-12-10T10:00:00Z"));

        byte[] first = calendars.write("Roundtable", BASE, List.of(new ListedEvent(roundtable, Optional.empty(), true)));
        ICalendar calendar = parse(first);
        VEvent event = only(calendar);

        assertEquals(roundtable.id() + "@news.example.org", event.getUid().getValue());
        assertEquals(1, event.getSequence().getValue());
        assertEquals("Roundtable, renamed", event.getSummary().getValue());
        assertEquals("CONFIRMED", event.getStatus().getValue());
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        assertEquals("Roundtable", calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
        assertEquals(Instant.parse("2021-01-20T13:00:00Z"), event.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2021-01-20T15:00:00Z"), event.getDateEnd().getValue().toInstant());
        assertTrue(event.getDateStart().getValue().hasTime());
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(event.getDateStart());
        assertNotNull(zone, "DTSTART names a VTIMEZONE of the calendar");
        assertEquals("Europe/Brussels", zone.getComponent().getTimezoneId().getValue());
        assertEquals(Instant.parse("2020-12-10T10:00:00Z"), event.getLastModified().getValue().toInstant());
        assertEquals(Instant.parse("2020-12-10T10:00:00Z"), event.getDateTimeStamp().getValue().toInstant());
        assertEquals(EventFixtures.CREATED, event.getCreated().getValue().toInstant());
        assertEquals(BASE + "events/roundtable-extreme-poverty", event.getUrl().getValue());
        assertEquals("https://meet.example/roundtable", event.getLocation().getValue());
        assertTrue(event.getDescription().getValue().contains("Online: https://meet.example/roundtable"));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;TZID=Europe/Brussels:20210120T140000\r\n"), text);
        assertFalse(text.contains("TZURL"), "no address for clients to fetch time zones from");

        assertTrue(java.util.Arrays.equals(first, calendars.write("Roundtable", BASE,
                List.of(new ListedEvent(roundtable, Optional.empty(), true)))), "the same events, the same bytes");
    }

    @Test
    void an_event_written_again_after_a_change_shows_the_change() {
        Event meeting = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "changing",
                LocalDateTime.parse("2030-03-14T18:30"), LISBON));
        ListedEvent listed = new ListedEvent(meeting, Optional.of(graz), false);
        VEvent before = only(parse(calendars.write("x", BASE, List.of(listed))));
        assertEquals("CONFIRMED", before.getStatus().getValue());

        meeting.cancel(Instant.parse("2029-01-01T00:00:00Z"));
        VEvent after = only(parse(calendars.write("x", BASE, List.of(listed))));
        assertEquals("CANCELLED", after.getStatus().getValue());
        assertEquals(1, after.getSequence().getValue());

        PartnerCity renamed = PartnerCityFixtures.aCity("graz", "Graz an der Mur", "AT", 47.0707, 15.4395);
        VEvent moved = only(parse(calendars.write("x", BASE, List.of(new ListedEvent(meeting, Optional.of(renamed), false)))));
        assertEquals("Town hall, Main Square 1, Graz an der Mur", moved.getLocation().getValue());
    }

    @Test
    void long_lines_are_folded_at_75_octets() {
        Event event = EventFixtures.aPublished(EventFixtures.details("long", "A title " + "that goes on ".repeat(12),
                EventFixtures.roundtable().timing(), EventFixtures.roundtable().place(), List.of()));
        String text = new String(calendars.write("x", BASE, List.of(new ListedEvent(event, Optional.empty(), false))),
                StandardCharsets.UTF_8);
        text.lines().forEach(line -> assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line));
        assertTrue(text.contains("\r\n "), "a folded line goes on after CRLF and a space");
        assertTrue(only(parse(text.getBytes(StandardCharsets.UTF_8))).getSummary().getValue().endsWith("that goes on"));
    }

    @Test
    void the_uid_domain_is_fixed_when_the_site_address_is_not_set() {
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        EventCalendars unset = new EventCalendars(new SiteAddress(Optional.empty()));
        VEvent event = only(parse(unset.write("x", "http://127.0.0.1:8080/",
                List.of(new ListedEvent(roundtable, Optional.empty(), false)))));
        assertEquals(roundtable.id() + "@" + EventCalendars.UNSET_DOMAIN, event.getUid().getValue());
    }

    @Test
    void a_cancelled_event_is_cancelled_with_a_higher_sequence() {
        Event meeting = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "graz-meeting",
                LocalDateTime.parse("2030-03-14T18:30"), LISBON));
        meeting.cancel(Instant.parse("2029-01-01T00:00:00Z"));

        VEvent event = only(parse(calendars.write("Graz", BASE, List.of(new ListedEvent(meeting, Optional.of(graz), false)))));

        assertEquals("CANCELLED", event.getStatus().getValue());
        assertEquals(1, event.getSequence().getValue());
        assertEquals("Town hall, Main Square 1, Graz", event.getLocation().getValue());
        assertEquals(ZonedDateTime.of(LocalDateTime.parse("2030-03-14T18:30"), LISBON).toInstant(),
                event.getDateStart().getValue().toInstant());
    }

    @Test
    void an_all_day_event_has_dates_and_ends_the_day_after_its_last() {
        Event congress = EventFixtures.aPublished(EventFixtures.details("congress", "Congress",
                EventTiming.allDay(LocalDate.parse("2030-06-03"), LocalDate.parse("2030-06-05"), SAO_PAULO),
                EventPlace.online(new WebsiteUrl("https://meet.example/congress")), List.of()));

        byte[] bytes = calendars.write("Congress", BASE, List.of(new ListedEvent(congress, Optional.empty(), false)));
        VEvent event = only(parse(bytes));

        ICalDate start = event.getDateStart().getValue();
        assertFalse(start.hasTime());
        assertFalse(event.getDateEnd().getValue().hasTime());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20300603\r\n"), text);
        assertTrue(text.contains("DTEND;VALUE=DATE:20300606\r\n"), text);
    }

    @Test
    void every_zone_used_gets_one_vtimezone_that_resolves_its_events_without_the_network() {
        List<ListedEvent> events = new ArrayList<>();
        events.add(new ListedEvent(EventFixtures.aPublished(EventFixtures.roundtable()), Optional.empty(), false));
        // summer and winter in each zone: the offsets must come from the VTIMEZONE's rules
        events.add(listed("lisbon-summer", "2030-07-01T10:00", LISBON));
        events.add(listed("lisbon-winter", "2030-01-15T10:00", LISBON));
        events.add(listed("new-york-summer", "2030-07-01T10:00", NEW_YORK));
        events.add(listed("new-york-winter", "2030-01-15T10:00", NEW_YORK));
        events.add(listed("sao-paulo", "2030-01-15T10:00", SAO_PAULO));

        ICalendar calendar = parse(calendars.write("All", BASE, events));

        Set<String> zones = calendar.getTimezoneInfo().getComponents().stream()
                .map(zone -> zone.getTimezoneId().getValue()).collect(Collectors.toSet());
        assertEquals(Set.of("Europe/Brussels", "Europe/Lisbon", "America/New_York", "America/Sao_Paulo"), zones);
        for (int i = 0; i < events.size(); i++) {
            VEvent event = calendar.getEvents().get(i);
            Event expected = events.get(i).event();
            assertEquals(expected.id() + "@news.example.org", event.getUid().getValue());
            assertEquals(expected.timing().startInstant(), event.getDateStart().getValue().toInstant(),
                    expected.slug() + " starts at its own instant");
            assertEquals(expected.timing().zone().getId(),
                    calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId().getValue());
        }
    }

    /** The most a calendar holds (ListCalendarEventsUseCase.MAX_EVENTS): written whole, and its size and time printed. */
    /**
     * São Paulo has kept -03:00 all year since 2019: every rule of its VTIMEZONE has ended, and its
     * events keep their local time (ical4j's own reading of such a definition would move them by an hour).
     */
    @Test
    void a_zone_that_gave_up_daylight_saving_time_ends_on_its_last_offset() {
        Event event = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "sao-paulo",
                LocalDateTime.parse("2030-01-15T10:00"), SAO_PAULO));
        String text = new String(calendars.write("x", BASE, List.of(new ListedEvent(event, Optional.empty(), false))),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;TZID=America/Sao_Paulo:20300115T100000\r\n"), text);
        String zone = text.substring(text.indexOf("BEGIN:VTIMEZONE"), text.indexOf("END:VTIMEZONE"));
        zone.lines().filter(line -> line.startsWith("RRULE")).forEach(rule ->
                assertTrue(rule.contains("UNTIL="), "every rule of São Paulo has ended: " + rule));
        List<String> offsets = zone.lines().filter(line -> line.startsWith("TZOFFSETTO:")).toList();
        assertEquals("TZOFFSETTO:-0300", offsets.getLast());
    }

    @Test
    void a_thousand_events_make_one_calendar() {
        List<ListedEvent> events = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            events.add(listed("meeting-" + i, "2030-01-15T10:00", i % 2 == 0 ? LISBON : EventFixtures.BRUSSELS));
        }
        calendars.write("warm-up", BASE, List.of(listed("warm-up", "2030-01-15T10:00", LISBON),
                listed("warm-up-2", "2030-01-15T10:00", EventFixtures.BRUSSELS)));
        long started = System.nanoTime();
        byte[] bytes = calendars.write("All", BASE, events);
        long first = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] again = calendars.write("All", BASE, events);
        long second = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("EventCalendarsTest: 1000 events, %d bytes, written in %d ms, again (entries kept) in %d ms%n",
                bytes.length, first, second);
        assertTrue(java.util.Arrays.equals(bytes, again), "the entries kept are the entries written");
        assertEquals(1_000, parse(bytes).getEvents().size());
    }

    private ListedEvent listed(String slug, String start, ZoneId zone) {
        Event event = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), slug, LocalDateTime.parse(start), zone));
        return new ListedEvent(event, Optional.of(graz), false);
    }

}

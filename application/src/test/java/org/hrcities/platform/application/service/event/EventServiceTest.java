package org.hrcities.platform.application.service.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.application.port.in.event.FindEventsQuery;
import org.hrcities.platform.application.port.in.event.ListEventsQuery;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.out.EventFilter;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EventServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Mock
    private EventRepository events;
    @Mock
    private PartnerCityRepository cities;
    @Mock
    private PostRepository posts;

    private final RecordingTransactions transactions = new RecordingTransactions();

    private EventService service() {
        return new EventService(events, cities, posts, () -> NOW, transactions);
    }

    @Test
    void one_list_pages_through_the_upcoming_events_then_the_past_ones() {
        EventFilter upcoming = EventFilter.upcoming(NOW, null);
        EventFilter past = EventFilter.past(NOW, null);
        Event soon = published("soon", "2026-05-10T10:00");
        Event last = published("last", "2026-04-10T10:00");
        when(events.count(upcoming)).thenReturn(3L);
        when(events.count(past)).thenReturn(5L);
        when(events.find(upcoming, 2, 1)).thenReturn(List.of(soon));
        when(events.find(past, 0, 1)).thenReturn(List.of(last));

        Page<ListedEvent> second = service().listEvents(new ListEventsQuery(new PageRequest(2, 2), null));

        assertEquals(List.of(soon, last), second.items().stream().map(ListedEvent::event).toList());
        assertFalse(second.items().get(0).over());
        assertTrue(second.items().get(1).over());
        assertEquals(8, second.totalItems());
        assertEquals(1, transactions.started());
    }

    @Test
    void a_page_past_the_upcoming_events_reads_the_past_ones_from_where_it_falls() {
        EventFilter upcoming = EventFilter.upcoming(NOW, null);
        EventFilter past = EventFilter.past(NOW, null);
        when(events.count(upcoming)).thenReturn(3L);
        when(events.count(past)).thenReturn(5L);
        when(events.find(past, 1, 2)).thenReturn(List.of());

        service().listEvents(new ListEventsQuery(new PageRequest(3, 2), null));

        verify(events).find(past, 1, 2);
    }

    @Test
    void lists_the_events_of_a_city_and_names_the_city_they_are_held_in() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Event meeting = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "graz-forum",
                LocalDateTime.parse("2026-06-01T10:00"), EventFixtures.BRUSSELS));
        when(cities.findBySlug(graz.slug())).thenReturn(Optional.of(graz));
        when(cities.findAllById(any())).thenReturn(List.of(graz));
        when(events.count(EventFilter.upcoming(NOW, graz.id()))).thenReturn(1L);
        when(events.count(EventFilter.past(NOW, graz.id()))).thenReturn(0L);
        when(events.find(EventFilter.upcoming(NOW, graz.id()), 0, 1)).thenReturn(List.of(meeting));

        Page<ListedEvent> page = service().listEvents(new ListEventsQuery(PageRequest.first(10), graz.slug()));

        assertEquals(Optional.of(graz), page.items().get(0).city());
    }

    @Test
    void an_unknown_city_is_not_found() {
        when(cities.findBySlug(new Slug("atlantis"))).thenReturn(Optional.empty());

        assertThrows(PartnerCityNotFoundException.class,
                () -> service().listEvents(new ListEventsQuery(PageRequest.first(10), new Slug("atlantis"))));
        assertThrows(PartnerCityNotFoundException.class, () -> service().listCalendarEvents(new Slug("atlantis")));
    }

    @Test
    void calendars_hold_what_is_upcoming_and_what_ended_in_the_last_months() {
        when(events.find(any(), any(Integer.class), any(Integer.class))).thenReturn(List.of());

        service().listCalendarEvents(null);

        verify(events).find(EventFilter.overlapping(NOW.minus(EventService.RECENT), null, null), 0, EventService.MAX_EVENTS);
    }

    @Test
    void a_period_must_end_after_it_starts() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new FindEventsQuery(NOW, NOW, null, PageRequest.first(10)));
        assertEquals("to", e.field());
    }

    @Test
    void finds_the_events_of_a_period() {
        Instant to = NOW.plusSeconds(86_400 * 30L);
        EventFilter filter = EventFilter.overlapping(NOW, to, null);
        when(events.count(filter)).thenReturn(0L);
        when(events.find(filter, 0, 10)).thenReturn(List.of());

        assertEquals(0, service().findEvents(new FindEventsQuery(NOW, to, null, PageRequest.first(10))).totalItems());
    }

    @Test
    void a_draft_is_not_there_for_visitors() {
        Event draft = EventFixtures.aDraft(EventFixtures.roundtable());
        when(events.findBySlug(draft.slug())).thenReturn(Optional.of(draft));

        assertThrows(EventNotFoundException.class, () -> service().readEvent(draft.slug()));
    }

    @Test
    void an_event_page_lists_only_the_posts_visitors_can_read() {
        Post readable = PostFixtures.aPublishedPost();
        Post draft = PostFixtures.aDraftPost();
        EventDetails r = EventFixtures.roundtable();
        Event event = EventFixtures.aPublished(new EventDetails(r.slug(), r.title(), r.description(), r.timing(),
                r.place(), r.registration(), List.of(), List.of(draft.id(), readable.id())));
        when(events.findBySlug(event.slug())).thenReturn(Optional.of(event));
        when(posts.findById(draft.id())).thenReturn(Optional.of(draft));
        when(posts.findById(readable.id())).thenReturn(Optional.of(readable));

        EventView view = service().readEvent(event.slug());

        assertEquals(List.of(readable), view.posts());
        assertTrue(view.over());
        assertTrue(view.city().isEmpty());
    }

    @Test
    void refuses_a_limit_out_of_range() {
        assertThrows(IllegalArgumentException.class, () -> service().listUpcomingEvents(null, 0));
        assertThrows(IllegalArgumentException.class, () -> service().listUpcomingEvents(null, 101));
    }

    private static Event published(String slug, String start) {
        return EventFixtures.aPublished(EventFixtures.meetingIn(null, slug, LocalDateTime.parse(start), EventFixtures.BRUSSELS));
    }
}

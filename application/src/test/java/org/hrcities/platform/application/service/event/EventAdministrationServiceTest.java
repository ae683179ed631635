package org.hrcities.platform.application.service.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.event.CreateEventCommand;
import org.hrcities.platform.application.port.in.event.EditEventCommand;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventStateException;
import org.hrcities.platform.domain.event.EventStatus;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EventAdministrationServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Mock
    private EventRepository events;
    @Mock
    private PartnerCityRepository cities;
    @Mock
    private PostRepository posts;

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final AtomicReference<Event> stored = new AtomicReference<>();
    private EventAdministrationService service;

    @BeforeEach
    void storeInOneSlot() {
        service = new EventAdministrationService(events, cities, posts, () -> NOW, transactions);
        org.mockito.Mockito.doAnswer(call -> {
            Event saved = call.getArgument(0);
            stored.set(Event.reconstitute(saved.id(), saved.details(), saved.status(), saved.previousTiming().orElse(null),
                    saved.publishedAt().orElse(null), saved.sequence(), saved.createdAt(), saved.updatedAt(),
                    saved.version() + 1));
            return null;
        }).when(events).save(any());
        when(events.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get())
                .filter(event -> event.id().equals(call.getArgument(0))));
    }

    @Test
    void plans_a_draft_or_publishes_it_at_once() {
        Event draft = service.createEvent(new CreateEventCommand(EventFixtures.roundtable(), false));
        assertEquals(false, draft.isPublished());
        assertEquals(NOW, draft.createdAt());

        Event published = service.createEvent(new CreateEventCommand(EventFixtures.roundtable(), true));
        assertEquals(Optional.of(NOW), published.publishedAt());
        assertEquals(1, published.version());
    }

    @Test
    void refuses_a_partner_city_or_a_post_that_does_not_exist() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCityId gone = PartnerCityId.generate();
        when(cities.findAllById(any())).thenReturn(List.of(graz));
        EventDetails r = EventFixtures.roundtable();

        InvalidValueException organiser = assertThrows(InvalidValueException.class, () -> service.createEvent(new CreateEventCommand(
                new EventDetails(r.slug(), r.title(), "", r.timing(), r.place(), null, List.of(graz.id(), gone), List.of()), false)));
        assertEquals("organisers", organiser.field());
        assertEquals("no partner city has the id " + gone, organiser.getMessage());

        InvalidValueException host = assertThrows(InvalidValueException.class, () -> service.createEvent(new CreateEventCommand(
                new EventDetails(r.slug(), r.title(), "", r.timing(), EventPlace.at(gone, "Hall"), null, List.of(), List.of()), false)));
        assertEquals("city", host.field());

        PostId missing = PostId.generate();
        when(posts.findById(missing)).thenReturn(Optional.empty());
        InvalidValueException post = assertThrows(InvalidValueException.class, () -> service.createEvent(new CreateEventCommand(
                new EventDetails(r.slug(), r.title(), "", r.timing(), r.place(), null, List.of(), List.of(missing)), false)));
        assertEquals("posts", post.field());
        verify(events, never()).save(any());
    }

    @Test
    void a_change_names_the_version_it_was_made_on() {
        Event event = service.createEvent(new CreateEventCommand(EventFixtures.roundtable(), true));
        EventDetails r = EventFixtures.roundtable();
        EventDetails renamed = new EventDetails(r.slug(), "Renamed", r.description(), r.timing(), r.place(),
                r.registration(), r.organisers(), r.posts());

        Event edited = service.editEvent(new EditEventCommand(event.id(), event.version(), renamed));
        assertEquals("Renamed", edited.title());
        assertEquals(1, edited.sequence());

        assertThrows(ConcurrentUpdateException.class,
                () -> service.editEvent(new EditEventCommand(event.id(), event.version(), r)));
        assertThrows(ConcurrentUpdateException.class,
                () -> service.changeEventStatus(EventChange.of(event.id(), event.version(), EventChange.Kind.CANCEL)));
    }

    @Test
    void postpones_cancels_and_reinstates() {
        Event event = service.createEvent(new CreateEventCommand(EventFixtures.roundtable(), true));
        EventTiming later = EventTiming.at(LocalDateTime.parse("2021-02-10T14:00"), LocalDateTime.parse("2021-02-10T16:00"),
                EventFixtures.BRUSSELS);

        Event postponed = service.changeEventStatus(EventChange.postpone(event.id(), event.version(), later));
        assertEquals(EventStatus.POSTPONED, postponed.status());
        assertEquals(later, postponed.timing());

        Event cancelled = service.changeEventStatus(EventChange.of(event.id(), postponed.version(), EventChange.Kind.CANCEL));
        assertTrue(cancelled.isCancelled());
        assertThrows(EventStateException.class,
                () -> service.changeEventStatus(EventChange.of(event.id(), cancelled.version(), EventChange.Kind.CANCEL)));

        Event withdrawn = service.changeEventStatus(EventChange.of(event.id(), cancelled.version(), EventChange.Kind.WITHDRAW));
        assertEquals(false, withdrawn.isPublished());
    }

    @Test
    void an_unknown_event_is_not_found() {
        assertThrows(EventNotFoundException.class, () -> service.readEventForAdministration(EventId.generate()));
        assertThrows(EventNotFoundException.class, () -> service.changeEventStatus(
                EventChange.of(EventId.generate(), 1, EventChange.Kind.PUBLISH)));
    }

    @Test
    void a_postponement_needs_its_new_date() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new EventChange(EventId.generate(), 1, EventChange.Kind.POSTPONE, null));
        assertEquals("start", e.field());
        assertThrows(InvalidValueException.class, () -> EventChange.of(EventId.generate(), 0, EventChange.Kind.CANCEL));
    }
}

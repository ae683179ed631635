package org.hrcities.platform.adapter.in.web.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.event.ChangeEventStatusUseCase;
import org.hrcities.platform.application.port.in.event.CreateEventCommand;
import org.hrcities.platform.application.port.in.event.CreateEventUseCase;
import org.hrcities.platform.application.port.in.event.EditEventCommand;
import org.hrcities.platform.application.port.in.event.EditEventUseCase;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.ListEventsForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventForAdministrationUseCase;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventStatus;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The admin API's events: created with their address and version, changed only as read (If-Match),
 * each refused input named with the domain's precise message, never stored by caches.
 */
@ExtendWith(MockitoExtension.class)
class AdminEventsResourceTest {

    @Mock
    private ListEventsForAdministrationUseCase listEvents;
    @Mock
    private ReadEventForAdministrationUseCase readEvent;
    @Mock
    private CreateEventUseCase createEvent;
    @Mock
    private EditEventUseCase editEvent;
    @Mock
    private ChangeEventStatusUseCase changeStatus;

    private AdminEventsResource resource() {
        return new AdminEventsResource(listEvents, readEvent, createEvent, editEvent, changeStatus);
    }

    /** The roundtable as stored at {@code version}. */
    private static Event stored(long version) {
        return Event.reconstitute(new EventId(UUID.fromString("6f1c7a52-0d7e-4c11-9d55-0f7c1b0a3e11")),
                EventFixtures.roundtable(), EventStatus.SCHEDULED, null, null, 0, EventFixtures.CREATED,
                EventFixtures.CREATED, version);
    }

    private static WriteEventRequest roundtable() {
        return new WriteEventRequest(null, "Roundtable on extreme poverty", "What *it* is about.", "2021-01-20T14:00",
                "2021-01-20T16:00", "Europe/Brussels", null, null, null, "https://meet.example/roundtable",
                "https://register.example/roundtable", List.of(), List.of());
    }

    private static WriteEventRequest with(WriteEventRequest r, String start, String end, String zone, Boolean allDay) {
        return new WriteEventRequest(r.slug(), r.title(), r.description(), start, end, zone, allDay, r.city(), r.address(),
                r.onlineLink(), r.registration(), r.organisers(), r.posts());
    }

    private static Map<String, String> refused(Runnable call) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, call::run);
        return e.errors().stream().collect(Collectors.toMap(FieldErrorResponse::field, FieldErrorResponse::message,
                (first, second) -> first, java.util.LinkedHashMap::new));
    }

    @Test
    void creates_a_draft_at_its_address_with_its_version_as_etag_and_a_slug_made_from_the_title() {
        when(createEvent.createEvent(any())).thenReturn(stored(1));

        Response response = resource().create(roundtable());

        assertEquals(201, response.getStatus());
        assertEquals("/api/admin/events/6f1c7a52-0d7e-4c11-9d55-0f7c1b0a3e11", response.getLocation().toString());
        assertEquals("\"v1\"", response.getHeaderString("ETag"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        ArgumentCaptor<CreateEventCommand> command = ArgumentCaptor.forClass(CreateEventCommand.class);
        verify(createEvent).createEvent(command.capture());
        assertFalse(command.getValue().publish(), "a draft");
        EventDetails details = command.getValue().details();
        assertEquals(new Slug("roundtable-on-extreme-poverty"), details.slug());
        assertEquals(EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"),
                EventFixtures.BRUSSELS), details.timing());
        assertEquals("https://meet.example/roundtable", details.place().online().orElseThrow().value());
    }

    @Test
    void answers_local_times_with_their_zone_and_the_instants_with_their_offset() {
        when(readEvent.readEventForAdministration(stored(3).id())).thenReturn(stored(3));

        Response response = resource().read(stored(3).id().toString());

        AdminEventResponse body = (AdminEventResponse) response.getEntity();
        assertEquals(new EventTimingResponse("2021-01-20T14:00", "2021-01-20T16:00", "Europe/Brussels", false,
                "2021-01-20T14:00:00+01:00", "2021-01-20T16:00:00+01:00"), body.timing());
        assertNull(body.previousTiming());
        assertEquals("ONLINE", body.attendance());
        assertEquals("SCHEDULED", body.status());
        assertFalse(body.published());
        assertEquals("\"v3\"", response.getHeaderString("ETag"));
    }

    @Test
    void an_all_day_event_takes_and_gives_its_first_and_last_day() {
        when(createEvent.createEvent(any())).thenAnswer(call -> Event.reconstitute(EventId.generate(),
                call.<CreateEventCommand>getArgument(0).details(), EventStatus.SCHEDULED, null, null, 0,
                EventFixtures.CREATED, EventFixtures.CREATED, 1));

        Response response = resource().create(with(roundtable(), "2021-10-30", "2021-10-31", "Europe/Brussels", true));

        EventTimingResponse timing = ((AdminEventResponse) response.getEntity()).timing();
        assertEquals(new EventTimingResponse("2021-10-30", "2021-10-31", "Europe/Brussels", true,
                "2021-10-30T00:00:00+02:00", "2021-11-01T00:00:00+01:00"), timing, "the clocks go back on the 31st");
    }

    @Test
    void refuses_a_time_the_clocks_skip_with_the_domains_precise_message() {
        Map<String, String> errors = refused(() -> resource().create(
                with(roundtable(), "2021-03-28T02:30", "2021-03-28T04:00", "Europe/Brussels", null)));

        assertEquals(List.of("start"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("start").contains("does not exist in Europe/Brussels"), errors.toString());
        assertTrue(errors.get("start").contains("from 02:00 to 03:00"), errors.toString());
        verifyNoInteractions(createEvent);
    }

    @Test
    void refuses_a_time_the_clocks_live_twice() {
        Map<String, String> errors = refused(() -> resource().create(
                with(roundtable(), "2021-10-31T01:00", "2021-10-31T02:30", "Europe/Brussels", null)));

        assertTrue(errors.get("end").contains("is ambiguous in Europe/Brussels"), errors.toString());
    }

    @Test
    void refuses_an_end_before_the_start_and_an_unknown_zone() {
        assertEquals("the end must be after the start", refused(() -> resource().create(
                with(roundtable(), "2021-01-20T14:00", "2021-01-20T13:00", "Europe/Brussels", null))).get("end"));

        Map<String, String> zone = refused(() -> resource().create(
                with(roundtable(), "2021-01-20T14:00", "2021-01-20T16:00", "Europe/Brusels", null)));
        assertTrue(zone.get("timeZone").startsWith("unknown time zone \"Europe/Brusels\""), zone.toString());
        assertTrue(refused(() -> resource().create(
                with(roundtable(), "2021-01-20T14:00", "2021-01-20T16:00", "+01:00", null))).containsKey("timeZone"),
                "an offset is not a zone");
    }

    @Test
    void refuses_times_with_an_offset_and_an_all_day_event_whose_last_day_is_before_its_first() {
        Map<String, String> offset = refused(() -> resource().create(
                with(roundtable(), "2021-01-20T14:00+01:00", "2021-01-20T16:00", "Europe/Brussels", null)));
        assertTrue(offset.get("start").contains("local date and time such as 2021-01-20T14:00"), offset.toString());

        Map<String, String> days = refused(() -> resource().create(
                with(roundtable(), "2021-01-21", "2021-01-20", "Europe/Brussels", true)));
        assertEquals("the last day must not be before the first day", days.get("end"));
    }

    @Test
    void names_every_refused_field_at_once() {
        WriteEventRequest body = new WriteEventRequest("Not A Slug", " ", null, null, "2021-01-20T16:00",
                "Europe/Brussels", null, "vienna", "", null, "not a link at all", List.of("x"), List.of("y"));

        Map<String, String> errors = refused(() -> resource().create(body));

        assertEquals(List.of("start", "title", "slug", "city", "registration", "organisers", "posts"),
                List.copyOf(errors.keySet()), errors.toString());
        assertEquals("start is required", errors.get("start"));
    }

    @Test
    void refuses_a_partner_city_without_the_address_of_its_venue() {
        WriteEventRequest body = new WriteEventRequest(null, "Meeting", null, "2021-01-20T14:00", "2021-01-20T16:00",
                "Europe/Brussels", null, PartnerCityId.generate().toString(), " ", null, null, null, null);

        Map<String, String> errors = refused(() -> resource().create(body));

        assertEquals("an event held in a partner city needs the address of its venue", errors.get("address"));
    }

    @Test
    void changes_an_event_as_read_at_the_version_in_if_match_keeping_its_slug() {
        Event event = stored(2);
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        when(editEvent.editEvent(any())).thenReturn(stored(3));

        Response response = resource().edit(event.id().toString(), "\"v2\"", roundtable());

        ArgumentCaptor<EditEventCommand> command = ArgumentCaptor.forClass(EditEventCommand.class);
        verify(editEvent).editEvent(command.capture());
        assertEquals(2, command.getValue().expectedVersion());
        assertEquals(event.slug(), command.getValue().details().slug(), "a missing slug keeps the event's own");
        assertEquals("\"v3\"", response.getHeaderString("ETag"));
    }

    @Test
    void a_change_without_if_match_is_428_and_one_to_an_older_version_412() {
        Event event = stored(2);
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);

        assertEquals(428, assertThrows(WebApplicationException.class,
                () -> resource().edit(event.id().toString(), null, roundtable())).getResponse().getStatus());
        assertEquals(412, assertThrows(WebApplicationException.class,
                () -> resource().publish(event.id().toString(), "\"v0\"")).getResponse().getStatus());
        when(editEvent.editEvent(any())).thenThrow(new ConcurrentUpdateException("event", event.id()));
        assertEquals(412, assertThrows(WebApplicationException.class,
                () -> resource().edit(event.id().toString(), "\"v1\"", roundtable())).getResponse().getStatus());
        when(changeStatus.changeEventStatus(any())).thenThrow(new ConcurrentUpdateException("event", event.id()));
        assertEquals(412, assertThrows(WebApplicationException.class,
                () -> resource().cancel(event.id().toString(), "\"v1\"")).getResponse().getStatus());
    }

    @Test
    void each_change_of_state_is_one_call_naming_the_version_read() {
        Event event = stored(4);
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        when(changeStatus.changeEventStatus(any())).thenReturn(stored(5));
        String id = event.id().toString();

        resource().publish(id, "\"v4\"");
        resource().withdraw(id, "\"v4\"");
        resource().cancel(id, "\"v4\"");
        Response reinstated = resource().reinstate(id, "\"v4\"");

        ArgumentCaptor<EventChange> changes = ArgumentCaptor.forClass(EventChange.class);
        verify(changeStatus, org.mockito.Mockito.times(4)).changeEventStatus(changes.capture());
        assertEquals(List.of(EventChange.Kind.PUBLISH, EventChange.Kind.WITHDRAW, EventChange.Kind.CANCEL,
                EventChange.Kind.REINSTATE), changes.getAllValues().stream().map(EventChange::kind).toList());
        assertTrue(changes.getAllValues().stream().allMatch(change -> change.expectedVersion() == 4));
        assertEquals("\"v5\"", reinstated.getHeaderString("ETag"));
    }

    @Test
    void postpones_to_a_new_date_in_the_events_zone_unless_the_body_names_another() {
        Event event = stored(4);
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        when(changeStatus.changeEventStatus(any())).thenReturn(stored(5));

        resource().postpone(event.id().toString(), "\"v4\"",
                new PostponeEventRequest("2021-02-03T10:00", "2021-02-03T12:00", null, null));

        ArgumentCaptor<EventChange> change = ArgumentCaptor.forClass(EventChange.class);
        verify(changeStatus).changeEventStatus(change.capture());
        assertEquals(EventChange.Kind.POSTPONE, change.getValue().kind());
        assertEquals(EventTiming.at(LocalDateTime.parse("2021-02-03T10:00"), LocalDateTime.parse("2021-02-03T12:00"),
                EventFixtures.BRUSSELS), change.getValue().newTimingOrNull());
    }

    @Test
    void refuses_a_postponement_to_a_time_the_clocks_skip() {
        Event event = stored(4);
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);

        Map<String, String> errors = refused(() -> resource().postpone(event.id().toString(), "\"v4\"",
                new PostponeEventRequest("2021-03-28T02:15", "2021-03-28T05:00", "Europe/Brussels", false)));

        assertTrue(errors.get("start").contains("does not exist in Europe/Brussels"), errors.toString());
        verify(changeStatus, never()).changeEventStatus(any());
    }

    @Test
    void an_id_that_is_no_uuid_names_nothing() {
        assertThrows(NotFoundException.class, () -> resource().read("roundtable"));
    }

    @Test
    void lists_a_page_of_events_with_the_totals() {
        PageRequest request = new PageRequest(2, 1);
        when(listEvents.listEventsForAdministration(request)).thenReturn(new Page<>(List.of(stored(1)), request, 3));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUriBuilder()).thenAnswer(call -> UriBuilder.fromUri("http://localhost/api/admin/events"));
        when(uri.getQueryParameters()).thenReturn(new MultivaluedHashMap<>());

        Response response = resource().list("2", "1", uri);

        assertEquals("3", response.getHeaderString("X-Total-Count"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        assertTrue(response.getHeaderString("Link").contains("rel=\"next\""));
        assertEquals(1, ((List<?>) response.getEntity()).size());
    }
}

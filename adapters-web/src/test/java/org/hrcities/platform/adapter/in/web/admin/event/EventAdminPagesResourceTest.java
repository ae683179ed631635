package org.hrcities.platform.adapter.in.web.admin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ChangeEventStatusUseCase;
import org.hrcities.platform.application.port.in.event.CreateEventCommand;
import org.hrcities.platform.application.port.in.event.CreateEventUseCase;
import org.hrcities.platform.application.port.in.event.EditEventCommand;
import org.hrcities.platform.application.port.in.event.EditEventUseCase;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.ListEventsForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventForAdministrationUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventStateException;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The event form turns a submission into one call of a use case and its answer into a redirect or
 * the form again, as typed, with a precise message beside each wrong field: never an error page.
 * The admin request is a stand-in that hands back the page's model unrendered.
 */
@ExtendWith(MockitoExtension.class)
class EventAdminPagesResourceTest {

    static final AdminNav NAV = new AdminNav("Anna", "editor", "events", "A".repeat(43), true, false, false, false,
            false, false, true, true, false, true);

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
    @Mock
    private ListPartnerCitiesForAdministrationUseCase listCities;
    @Mock
    private ListPostsForEditingUseCase listPosts;
    @Mock
    private ReadPostForEditingUseCase readPost;

    private final PartnerCity graz = PartnerCityFixtures.graz();
    private final Post post = PostFixtures.aPublishedPost();

    @BeforeEach
    void offers() {
        lenient().when(listCities.listAllPartnerCities()).thenReturn(List.of(graz));
        lenient().when(listPosts.listPostsForEditing(any())).thenReturn(new PostsForEditing(
                Page.of(List.of(post), new PageRequest(1, EventForms.POST_CHOICES)), Map.of()));
    }

    private EventAdminPagesResource resource() {
        return new EventAdminPagesResource(listEvents, readEvent, createEvent, editEvent, changeStatus, listCities,
                listPosts, readPost);
    }

    private MultivaluedMap<String, String> form() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("title", "City meeting on housing");
        form.putSingle("slug", "");
        form.putSingle("description", "What *it* is about.");
        form.putSingle("timeZone", "Europe/Vienna");
        form.putSingle("startDate", "2021-01-20");
        form.putSingle("startTime", "14:00");
        form.putSingle("endDate", "2021-01-20");
        form.putSingle("endTime", "16:00");
        form.putSingle("city", graz.id().toString());
        form.putSingle("address", "Rathaus, Hauptplatz 1");
        form.putSingle("onlineLink", "");
        form.putSingle("registration", "https://register.example/housing");
        form.put("organisers", List.of(graz.id().toString()));
        form.put("posts", List.of(post.id().toString()));
        form.putSingle("version", "0");
        return form;
    }

    private static EventForm shown(Response response) {
        return assertInstanceOf(EventForm.class, response.getEntity());
    }

    private static Event stored() {
        return EventFixtures.aDraft(EventFixtures.roundtable());
    }

    @Test
    void plans_a_draft_with_one_call_and_sends_the_editor_to_its_page() {
        Event created = stored();
        when(createEvent.createEvent(any())).thenReturn(created);

        Response response = resource().create(form(), new Editor(true));

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/events/" + created.id() + "?notice=created"),
                response.getLocation().toString());
        ArgumentCaptor<CreateEventCommand> command = ArgumentCaptor.forClass(CreateEventCommand.class);
        verify(createEvent).createEvent(command.capture());
        assertFalse(command.getValue().publish());
        assertEquals(new Slug("city-meeting-on-housing"), command.getValue().details().slug(), "made from the title");
        assertEquals(EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"),
                java.time.ZoneId.of("Europe/Vienna")), command.getValue().details().timing());
        assertEquals(graz.id(), command.getValue().details().place().partnerCity().orElseThrow());
        assertEquals(List.of(graz.id()), command.getValue().details().organisers());
        assertEquals(List.of(post.id()), command.getValue().details().posts());
    }

    @Test
    void save_and_publish_publishes_the_new_event_in_the_same_call() {
        when(createEvent.createEvent(any())).thenReturn(stored());
        MultivaluedMap<String, String> form = form();
        form.putSingle("action", "publish");

        Response response = resource().create(form, new Editor(true));

        assertTrue(response.getLocation().toString().endsWith("?notice=published"));
        ArgumentCaptor<CreateEventCommand> command = ArgumentCaptor.forClass(CreateEventCommand.class);
        verify(createEvent).createEvent(command.capture());
        assertTrue(command.getValue().publish());
    }

    @Test
    void an_all_day_event_takes_its_first_and_last_day_and_no_times() {
        when(createEvent.createEvent(any())).thenReturn(stored());
        MultivaluedMap<String, String> form = form();
        form.putSingle("allDay", "true");
        form.putSingle("startTime", "");
        form.putSingle("endDate", "2021-01-21");

        resource().create(form, new Editor(true));

        ArgumentCaptor<CreateEventCommand> command = ArgumentCaptor.forClass(CreateEventCommand.class);
        verify(createEvent).createEvent(command.capture());
        assertEquals(EventTiming.allDay(LocalDate.parse("2021-01-20"), LocalDate.parse("2021-01-21"),
                java.time.ZoneId.of("Europe/Vienna")), command.getValue().details().timing());
    }

    @Test
    void a_form_without_a_valid_token_changes_nothing() {
        Response response = resource().create(form(), new Editor(false));

        assertEquals(403, response.getStatus());
        assertEquals(AdminPages.EXPIRED_FORM, shown(response).formError());
        assertEquals("City meeting on housing", shown(response).title(), "what was typed is kept");
        verifyNoInteractions(createEvent);
    }

    @Test
    void a_time_the_clocks_skip_comes_back_with_the_message_beside_the_start_and_everything_typed() {
        MultivaluedMap<String, String> form = form();
        form.putSingle("startDate", "2021-03-28");
        form.putSingle("startTime", "02:30");
        form.putSingle("endDate", "2021-03-28");

        Response response = resource().create(form, new Editor(true));

        assertEquals(400, response.getStatus());
        EventForm shown = shown(response);
        assertEquals(List.of("start"), List.copyOf(shown.errors().keySet()));
        assertTrue(shown.error("start").startsWith("Start 28 March 2021 02:30 does not exist in Europe/Vienna: the "
                + "clocks move forward from 02:00 to 03:00 that night"), shown.error("start"));
        assertEquals("2021-03-28", shown.startDate());
        assertEquals("02:30", shown.startTime());
        assertEquals("Rathaus, Hauptplatz 1", shown.address());
        assertTrue(shown.organisers().get(0).checked(), "the organisers ticked stay ticked");
        assertTrue(shown.posts().get(0).checked(), "the posts ticked stay ticked");
        assertEquals(graz.id().toString(), shown.city());
        verifyNoInteractions(createEvent);
    }

    @Test
    void a_time_the_clocks_live_twice_is_refused_beside_the_end() {
        MultivaluedMap<String, String> form = form();
        form.putSingle("startDate", "2021-10-31");
        form.putSingle("startTime", "01:00");
        form.putSingle("endDate", "2021-10-31");
        form.putSingle("endTime", "02:30");

        EventForm shown = shown(resource().create(form, new Editor(true)));

        assertTrue(shown.error("end").contains("is ambiguous in Europe/Vienna"), shown.error("end"));
    }

    @Test
    void an_end_before_the_start_an_unknown_zone_and_a_missing_time_are_each_named() {
        MultivaluedMap<String, String> endFirst = form();
        endFirst.putSingle("endTime", "13:00");
        assertEquals("The end must be after the start.", shown(resource().create(endFirst, new Editor(true))).error("end"));

        MultivaluedMap<String, String> zone = form();
        zone.putSingle("timeZone", "Europe/Viena");
        EventForm unknown = shown(resource().create(zone, new Editor(true)));
        assertTrue(unknown.error("timeZone").startsWith("Unknown time zone \"Europe/Viena\""), unknown.error("timeZone"));
        assertEquals("Europe/Viena", unknown.timeZone(), "the zone typed is kept");

        MultivaluedMap<String, String> noTime = form();
        noTime.putSingle("startTime", "");
        assertEquals("Give the time the event starts, or tick All day.",
                shown(resource().create(noTime, new Editor(true))).error("start"));
        verifyNoInteractions(createEvent);
    }

    @Test
    void a_partner_city_without_the_address_of_its_venue_is_refused_beside_the_address() {
        MultivaluedMap<String, String> form = form();
        form.putSingle("address", "");

        Response response = resource().create(form, new Editor(true));

        assertEquals(400, response.getStatus());
        assertEquals("An event held in a partner city needs the address of its venue.", shown(response).error("address"));
    }

    @Test
    void a_taken_slug_and_a_stale_version_come_back_as_conflicts_with_what_was_typed() {
        when(createEvent.createEvent(any())).thenThrow(new SlugAlreadyTakenException("event", new Slug("housing")));
        Response taken = resource().create(form(), new Editor(true));
        assertEquals(409, taken.getStatus());
        assertTrue(shown(taken).hasError("slug"));

        Event event = stored();
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        when(editEvent.editEvent(any())).thenThrow(new ConcurrentUpdateException("event", event.id()));
        MultivaluedMap<String, String> form = form();
        form.putSingle("version", "1");
        form.putSingle("title", "A title typed meanwhile");
        Response stale = resource().change(event.id().toString(), form, new Editor(true));
        assertEquals(409, stale.getStatus());
        assertEquals(EventAdminPagesResource.STALE, shown(stale).formError());
        assertEquals("A title typed meanwhile", shown(stale).title());
    }

    @Test
    void changes_an_event_as_read_at_the_forms_version_keeping_its_slug_when_left_empty() {
        Event event = stored();
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        when(editEvent.editEvent(any())).thenReturn(event);
        MultivaluedMap<String, String> form = form();
        form.putSingle("version", "3");

        Response response = resource().change(event.id().toString(), form, new Editor(true));

        assertEquals(303, response.getStatus());
        ArgumentCaptor<EditEventCommand> command = ArgumentCaptor.forClass(EditEventCommand.class);
        verify(editEvent).editEvent(command.capture());
        assertEquals(3, command.getValue().expectedVersion());
        assertEquals(event.slug(), command.getValue().details().slug());
    }

    @Test
    void each_change_of_state_names_the_version_read_and_a_stale_one_shows_the_event_as_it_is() {
        Event event = stored();
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("version", "2");

        Response published = resource().changeState(event.id().toString(), "publish", form, new Editor(true));
        assertEquals(303, published.getStatus());
        assertTrue(published.getLocation().toString().endsWith("?notice=published"));
        ArgumentCaptor<EventChange> change = ArgumentCaptor.forClass(EventChange.class);
        verify(changeStatus).changeEventStatus(change.capture());
        assertEquals(EventChange.of(event.id(), 2, EventChange.Kind.PUBLISH), change.getValue());

        when(changeStatus.changeEventStatus(any())).thenThrow(new ConcurrentUpdateException("event", event.id()));
        Response stale = resource().changeState(event.id().toString(), "cancel", form, new Editor(true));
        assertEquals(409, stale.getStatus());
        assertEquals(EventAdminPagesResource.STALE_CHANGE, shown(stale).formError());
        assertEquals(event.title(), shown(stale).title(), "the event as stored");
    }

    @Test
    void a_change_the_state_does_not_allow_says_why() {
        Event event = stored();
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        when(changeStatus.changeEventStatus(any())).thenThrow(new EventStateException("the event x is not cancelled"));
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("version", "2");

        Response response = resource().changeState(event.id().toString(), "reinstate", form, new Editor(true));

        assertEquals(409, response.getStatus());
        assertEquals("The event x is not cancelled.", shown(response).formError());
    }

    @Test
    void a_postponement_to_a_time_the_clocks_skip_comes_back_beside_the_new_start_with_what_was_typed() {
        Event event = stored();
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("version", "2");
        form.putSingle("newStartDate", "2021-03-28");
        form.putSingle("newStartTime", "02:30");
        form.putSingle("newEndDate", "2021-03-28");
        form.putSingle("newEndTime", "05:00");

        Response response = resource().changeState(event.id().toString(), "postpone", form, new Editor(true));

        assertEquals(400, response.getStatus());
        EventForm shown = shown(response);
        assertTrue(shown.error("newStart").contains("does not exist in Europe/Brussels"), shown.errors().toString());
        assertEquals(new EventForm.Postponement("2021-03-28", "02:30", "2021-03-28", "05:00"), shown.postponement());
        verifyNoInteractions(changeStatus);
    }

    @Test
    void postpones_in_the_events_zone() {
        Event event = stored();
        when(readEvent.readEventForAdministration(event.id())).thenReturn(event);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("version", "2");
        form.putSingle("newStartDate", "2021-02-03");
        form.putSingle("newStartTime", "10:00");
        form.putSingle("newEndDate", "2021-02-03");
        form.putSingle("newEndTime", "12:00");

        Response response = resource().changeState(event.id().toString(), "postpone", form, new Editor(true));

        assertEquals(303, response.getStatus());
        ArgumentCaptor<EventChange> change = ArgumentCaptor.forClass(EventChange.class);
        verify(changeStatus).changeEventStatus(change.capture());
        assertEquals(EventTiming.at(LocalDateTime.parse("2021-02-03T10:00"), LocalDateTime.parse("2021-02-03T12:00"),
                EventFixtures.BRUSSELS), change.getValue().newTimingOrNull());
    }

    @Test
    void lists_events_with_their_date_in_their_own_zone_and_their_status() {
        Event draft = stored();
        Event cancelled = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "meeting-graz",
                LocalDateTime.parse("2021-06-01T18:00"), java.time.ZoneId.of("America/Montreal")));
        cancelled.cancel(EventFixtures.CREATED);
        PageRequest first = new PageRequest(1, EventAdminPagesResource.PER_PAGE);
        when(listEvents.listEventsForAdministration(first)).thenReturn(new Page<>(List.of(draft, cancelled), first, 2));

        Response response = resource().list(null, null, new Editor(true));

        EventsAdminPage page = assertInstanceOf(EventsAdminPage.class, response.getEntity());
        assertEquals(new EventsAdminPage.Row(draft.id().toString(), draft.title(),
                "Wed 20 January 2021, 14:00–16:00 (Europe/Brussels)", "2021-01-20T13:00:00Z", "Draft", "Scheduled", null),
                page.rows().get(0));
        EventsAdminPage.Row row = page.rows().get(1);
        assertEquals("Tue 1 June 2021, 18:00–20:00 (America/Montreal)", row.when());
        assertEquals("Published", row.publication());
        assertEquals("Cancelled", row.standing());
        assertEquals("/events/meeting-graz", row.publicHref());
    }

    /** A signed-in editor whose form carries its token (or not); a page is its model, unrendered. */
    private static final class Editor extends AdminRequest {

        private final boolean tokenMatches;

        Editor(boolean tokenMatches) {
            this.tokenMatches = tokenMatches;
        }

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return tokenMatches;
        }

        @Override
        public AdminNav nav(String section) {
            return NAV;
        }

        @Override
        public Response page(int status, String template, Object model) {
            return Response.status(status).entity(model).build();
        }
    }
}

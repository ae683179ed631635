package org.hrcities.platform.adapter.in.web.api.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.EventInputs;
import org.hrcities.platform.adapter.in.web.input.EventTimes;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.event.ChangeEventStatusUseCase;
import org.hrcities.platform.application.port.in.event.CreateEventCommand;
import org.hrcities.platform.application.port.in.event.CreateEventUseCase;
import org.hrcities.platform.application.port.in.event.EditEventCommand;
import org.hrcities.platform.application.port.in.event.EditEventUseCase;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.ListEventsForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventForAdministrationUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The admin API's events, for editors: drafts and published events, planned, changed, published,
 * withdrawn, postponed, cancelled and reinstated. Every change names the version it was made against
 * with {@code If-Match}. A change made here leaves every stored page out of date (the page cache's
 * rule for a request that declares nothing else), so the public event pages show it at once.
 */
@ApplicationScoped
@Path("api/admin/events")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.MANAGE_EVENTS)
public class AdminEventsResource {

    private ListEventsForAdministrationUseCase listEvents;
    private ReadEventForAdministrationUseCase readEvent;
    private CreateEventUseCase createEvent;
    private EditEventUseCase editEvent;
    private ChangeEventStatusUseCase changeStatus;

    protected AdminEventsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminEventsResource(ListEventsForAdministrationUseCase listEvents, ReadEventForAdministrationUseCase readEvent,
                               CreateEventUseCase createEvent, EditEventUseCase editEvent,
                               ChangeEventStatusUseCase changeStatus) {
        this.listEvents = listEvents;
        this.readEvent = readEvent;
        this.createEvent = createEvent;
        this.editEvent = editEvent;
        this.changeStatus = changeStatus;
    }

    /** Every event, drafts included, the latest start first. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        PageRequest request = Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE);
        Page<Event> found = listEvents.listEventsForAdministration(request);
        List<AdminEventSummaryResponse> body = found.items().stream().map(AdminEventSummaryResponse::from).toList();
        return Paging.withLinks(Response.ok(body), found, uri).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readEvent.readEventForAdministration(Ids.eventFromPath(id)));
    }

    /** A new event, as a draft; 201 with its address and ETag. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WriteEventRequest body) {
        Event created = createEvent.createEvent(new CreateEventCommand(details(body, null), false));
        return one(Response.created(UriBuilder.fromPath("/api/admin/events/{id}").build(created.id().toString())), created);
    }

    /** Replaces what the event says, as read at the version in {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WriteEventRequest body) {
        Event event = existing(id);
        long expected = expectedVersion(ifMatch);
        EventDetails details = details(body, event.slug());
        return one(Response.ok(), Preconditions.unlessStale(() ->
                editEvent.editEvent(new EditEventCommand(event.id(), expected, details))));
    }

    /** Makes the event public: on the site, in the calendars and in the public API. */
    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, EventChange.Kind.PUBLISH);
    }

    /** Takes the event back to draft. */
    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, EventChange.Kind.WITHDRAW);
    }

    /** Moves the event to a new date; the date it had is kept as {@code previousTiming}. */
    @POST
    @Path("{id}/postpone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postpone(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                             PostponeEventRequest body) {
        Event event = existing(id);
        long expected = expectedVersion(ifMatch);
        EventTiming current = event.timing();
        FieldErrors errors = new FieldErrors();
        PostponeEventRequest given = body == null ? new PostponeEventRequest(null, null, null, null) : body;
        EventTiming timing = EventTimes.read(given.timeZone() == null ? current.zone().getId() : given.timeZone(),
                given.allDay() == null ? current.allDay() : given.allDay(), given.start(), given.end(), errors);
        errors.throwIfAny();
        EventChange change = errors.capture(() -> EventChange.postpone(event.id(), expected, timing));
        errors.throwIfAny();
        return one(Response.ok(), Preconditions.unlessStale(() -> changeStatus.changeEventStatus(change)));
    }

    /** The event will not take place; its page stays, with a notice. */
    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, EventChange.Kind.CANCEL);
    }

    /** A cancelled event takes place after all. */
    @POST
    @Path("{id}/reinstate")
    public Response reinstate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, EventChange.Kind.REINSTATE);
    }

    private Response change(String id, String ifMatch, EventChange.Kind kind) {
        Event event = existing(id);
        long expected = expectedVersion(ifMatch);
        FieldErrors errors = new FieldErrors();
        EventChange change = errors.capture(() -> EventChange.of(event.id(), expected, kind));
        errors.throwIfAny();
        return one(Response.ok(), Preconditions.unlessStale(() -> changeStatus.changeEventStatus(change)));
    }

    /** The version in {@code If-Match}; one no event ever had (stored events start at 1) is stale: 412. */
    private static long expectedVersion(String ifMatch) {
        long expected = Preconditions.expectedVersion(ifMatch);
        if (expected < 1) {
            throw Preconditions.stale();
        }
        return expected;
    }

    private Event existing(String id) {
        return readEvent.readEventForAdministration(Ids.eventFromPath(id));
    }

    /** What the body says; every refused field at once. {@code keptSlug} is the stored event's, null for a new one. */
    static EventDetails details(WriteEventRequest body, Slug keptSlug) {
        WriteEventRequest given = body == null
                ? new WriteEventRequest(null, null, null, null, null, null, null, null, null, null, null, null, null) : body;
        FieldErrors errors = new FieldErrors();
        EventTiming timing = EventTimes.read(given.timeZone(), Boolean.TRUE.equals(given.allDay()), given.start(),
                given.end(), errors);
        EventDetails details = EventInputs.details(given.slug(), keptSlug, given.title(), given.description(), timing,
                given.city(), given.address(), given.onlineLink(), given.registration(), given.organisers(),
                given.posts(), errors);
        errors.throwIfAny();
        return details;
    }

    private static Response one(Response.ResponseBuilder response, Event event) {
        return response.entity(AdminEventResponse.from(event)).tag(Preconditions.tagOf(event.version()))
                .header("Cache-Control", "no-store").build();
    }
}

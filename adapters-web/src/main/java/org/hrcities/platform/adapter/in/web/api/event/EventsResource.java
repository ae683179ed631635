package org.hrcities.platform.adapter.in.web.api.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Moments;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.in.event.FindEventsQuery;
import org.hrcities.platform.application.port.in.event.FindEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.event.ReadEventUseCase;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/** The published events of the network. */
@Path("api/events")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EventsResource {

    static final String GEO_JSON = "application/geo+json";

    private FindEventsUseCase findEvents;
    private ReadEventUseCase readEvent;

    protected EventsResource() {
        // for the container's proxy
    }

    @Inject
    public EventsResource(FindEventsUseCase findEvents, ReadEventUseCase readEvent) {
        this.findEvents = findEvents;
        this.readEvent = readEvent;
    }

    /**
     * Published events that end after {@code from} and start before {@code to} (each a date-time with
     * its offset or a UTC date, see {@link Moments}), only those the partner city {@code city} hosts or
     * organises if given, soonest first, {@code per_page} (1 to 100, default 10) at a time. Both
     * representations vary with Accept, so caches keep them apart.
     */
    @GET
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("city") String city,
                         @QueryParam("page") String page, @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        Page<ListedEvent> found = findEvents.findEvents(query(from, to, city, page, perPage));
        List<EventResponse> body = new ArrayList<>(found.items().size());
        for (ListedEvent listed : found.items()) {
            try {
                body.add(EventResponse.from(readEvent.readEvent(listed.event().slug())));
            } catch (EventNotFoundException e) {
                // withdrawn between the two reads: no longer published, so no longer listed
            }
        }
        return Paging.withLinks(Representations.json(body, Freshness.MINUTE), found, uri).header("Vary", "Accept").build();
    }

    /** The same events as a GeoJSON FeatureCollection, those held in a partner city, for maps. */
    @GET
    @Produces(GEO_JSON)
    public Response listAsGeoJson(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("city") String city, @QueryParam("page") String page,
                                  @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        Page<ListedEvent> found = findEvents.findEvents(query(from, to, city, page, perPage));
        byte[] body = JsonConfiguration.toBytes(EventGeoJsonResponse.from(found.items()));
        return Paging.withLinks(Representations.ok(body, GEO_JSON, true, Freshness.MINUTE), found, uri)
                .header("Vary", "Accept").build();
    }

    /** One published event; a draft or an unknown slug is 404. */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug) {
        EventResponse event = EventResponse.from(readEvent.readEvent(Slugs.fromPath(slug, "event")));
        return Representations.json(event, Freshness.MINUTE).build();
    }

    /** Reads every parameter, reporting all that are wrong at once (400), before any use case runs. */
    static FindEventsQuery query(String from, String to, String city, String page, String perPage) {
        FieldErrors errors = new FieldErrors();
        Instant start = errors.capture("from", () -> Moments.from("from", from));
        Instant end = errors.capture("to", () -> Moments.until("to", to));
        Slug citySlug = city == null ? null : errors.capture("city", () -> Slugs.fromInput("city", city));
        PageRequest pageRequest = null;
        try {
            pageRequest = Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE);
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
        }
        PageRequest paging = pageRequest;
        errors.throwIfAny();
        FindEventsQuery query = errors.capture(() -> new FindEventsQuery(start, end, citySlug, paging));
        errors.throwIfAny();
        return query;
    }
}

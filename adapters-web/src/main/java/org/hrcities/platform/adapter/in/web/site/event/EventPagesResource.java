package org.hrcities.platform.adapter.in.web.site.event;

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
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.EventTimes;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.site.feed.AtomFeeds;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.application.port.in.event.ListCalendarEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsQuery;
import org.hrcities.platform.application.port.in.event.ListEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.event.ReadEventUseCase;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * The visitors' pages of events: the list (upcoming, then past), one event with its schema.org
 * JSON-LD, and the calendars (iCalendar) of all events and of one. A partner city's calendar is
 * answered beside its page. Every answer is the same for every reader, stored and revalidated as
 * the other public pages.
 */
@Path("")
@ApplicationScoped
public class EventPagesResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    /** The name calendar applications show for the calendar of all events. */
    public static final String CALENDAR_NAME = AtomFeeds.SITE_TITLE + ": events";

    private ListEventsUseCase listEvents;
    private ReadEventUseCase readEvent;
    private ListCalendarEventsUseCase calendarEvents;
    private VisitorTemplates templates;
    private EventCalendars calendars;

    protected EventPagesResource() {
        // for the container's proxy
    }

    @Inject
    public EventPagesResource(ListEventsUseCase listEvents, ReadEventUseCase readEvent,
                              ListCalendarEventsUseCase calendarEvents, VisitorTemplates templates, SiteAddress site) {
        this.listEvents = listEvents;
        this.readEvent = readEvent;
        this.calendarEvents = calendarEvents;
        this.templates = templates;
        this.calendars = new EventCalendars(site);
    }

    /** The events, ten to a page: the upcoming ones soonest first, then the past ones most recent first. */
    @GET
    @Path("events")
    @Produces(MediaType.TEXT_HTML)
    public Response events(@QueryParam("page") String page, @Context UriInfo request) {
        Page<ListedEvent> found = listEvents.listEvents(new ListEventsQuery(
                Paging.request(page, null, Paging.DEFAULT_PER_PAGE), null));
        Frame frame = templates.frame(request);
        EventsPage model = EventsPage.of(found.items().stream().map(item -> EventCard.of(item, frame.texts())).toList(),
                found.totalItems(), Pager.of(found, "/events", null), frame.texts());
        return Representations.ok(templates.render("events.jte", model, frame, Canonical.of(request, "/events", model.pager())),
                HTML, true, Freshness.REVALIDATE).build();
    }

    /** One published event; a draft or an unknown slug is 404. */
    @GET
    @Path("events/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response event(@PathParam("slug") String slug, @Context UriInfo request) {
        EventView view = readEvent.readEvent(Slugs.fromPath(slug, "event"));
        Frame frame = templates.frame(request);
        EventPage model = page(view, AtomFeeds.base(request), frame.texts());
        return Representations.ok(templates.render("event.jte", model, frame, Canonical.of(request, model.href())),
                HTML, true, Freshness.REVALIDATE).build();
    }

    /** Every published event not over yet and those of the last months, as a calendar to subscribe to. */
    @GET
    @Path("events.ics")
    @Produces("text/calendar")
    public Response calendar(@Context UriInfo request) {
        byte[] body = calendars.write(CALENDAR_NAME, AtomFeeds.base(request), calendarEvents.listCalendarEvents(null));
        return Representations.ok(body, EventCalendars.MEDIA_TYPE, true, Freshness.MINUTE).build();
    }

    /** One published event as a calendar file to download, named after its slug. */
    @GET
    @Path("events/{slug}.ics")
    @Produces("text/calendar")
    public Response eventCalendar(@PathParam("slug") String slug, @Context UriInfo request) {
        EventView view = readEvent.readEvent(Slugs.fromPath(slug, "event"));
        Event event = view.event();
        byte[] body = calendars.write(event.title(), AtomFeeds.base(request),
                List.of(new ListedEvent(event, view.city(), view.over())));
        return Representations.ok(body, EventCalendars.MEDIA_TYPE, true, Freshness.MINUTE)
                .header("Content-Disposition", "attachment; filename=\"" + event.slug().value() + ".ics\"").build();
    }

    static EventPage page(EventView view, String base) {
        return page(view, base, Texts.of(Texts.SITE, Language.parse("en")));
    }

    static EventPage page(EventView view, String base, Texts texts) {
        Event event = view.event();
        EventTiming timing = event.timing();
        return new EventPage(event.slug().value(), event.title(), EventTimes.human(timing, texts), EventTimes.isoStart(timing),
                EventCard.statusLabel(event.status(), texts), event.isCancelled(),
                event.previousTiming().map(previous -> EventTimes.human(previous, texts)).orElse(null), view.over(), event.place().address(),
                view.city().map(CityLink::of).orElse(null), event.place().online().map(WebsiteUrl::value).orElse(null),
                event.registration().map(WebsiteUrl::value).orElse(null),
                view.organisers().stream().map(CityLink::of).toList(),
                view.posts().stream().map(post -> new EventPage.PostLink(post.slug().value(), post.title())).toList(),
                Markdown.toHtml(event.description()), EventJsonLd.forScript(EventJsonLd.of(view, base)));
    }
}

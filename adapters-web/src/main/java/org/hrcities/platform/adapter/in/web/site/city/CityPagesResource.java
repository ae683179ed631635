package org.hrcities.platform.adapter.in.web.site.city;

import org.hrcities.platform.adapter.in.web.render.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.site.event.EventCalendars;
import org.hrcities.platform.adapter.in.web.site.event.EventPagesResource;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;
import org.hrcities.platform.application.port.in.event.ListCalendarEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListUpcomingEventsUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.adapter.in.web.site.feed.AtomFeeds;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The visitors' pages of partner cities: the directory with its map, one city with its posts and
 * upcoming events, the Atom feed of a city's latest posts and the calendar (iCalendar) of its events.
 */
@Path("cities")
@ApplicationScoped
public class CityPagesResource {

    /**
     * The site's languages; the pages and answers are in its default language. Built without the container,
     * a site in English alone.
     */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private ListPartnerCitiesUseCase listCities;
    private ReadPartnerCityUseCase readCity;
    private VisitorTemplates templates;
    private ListUpcomingEventsUseCase upcomingEvents;
    private ListCalendarEventsUseCase calendarEvents;
    private EventCalendars calendars;

    protected CityPagesResource() {
        // for the container's proxy
    }

    @Inject
    public CityPagesResource(ListPartnerCitiesUseCase listCities, ReadPartnerCityUseCase readCity,
                             VisitorTemplates templates, ListUpcomingEventsUseCase upcomingEvents,
                             ListCalendarEventsUseCase calendarEvents, SiteAddress site, SiteLanguages languages) {
        this.listCities = listCities;
        this.readCity = readCity;
        this.templates = templates;
        this.upcomingEvents = upcomingEvents;
        this.calendarEvents = calendarEvents;
        this.calendars = new EventCalendars(site);
        this.languages = languages;
    }

    /** The pages without events: no city has any. */
    public CityPagesResource(ListPartnerCitiesUseCase listCities, ReadPartnerCityUseCase readCity,
                             VisitorTemplates templates) {
        this(listCities, readCity, templates, (city, limit) -> List.of(), city -> List.of(),
                new SiteAddress(Optional.empty()), SiteLanguages.only(new Language("en")));
    }

    /** The language the pages are shown in: that of their address ({@code /fr/cities/graz}). */
    private Language language(UriInfo request) {
        return templates.language(request);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response directory(@Context UriInfo request) {
        List<CityRow> cities = listCities.listPartnerCities(language(request)).stream()
                .map(CityRow::of).toList();
        return Representations.ok(templates.render("cities.jte", new CitiesPage(cities, CityMap.of(cities)),
                        templates.frame(request), Canonical.of(request, "/cities")),
                HTML, true, Freshness.REVALIDATE).build();
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response city(@PathParam("slug") String slug, @QueryParam("page") String page, @Context UriInfo request) {
        PartnerCityProfile profile = readCity.readPartnerCity(new ReadPartnerCityQuery(Slugs.fromPath(slug, "partner city"),
                language(request), Paging.request(page, null, Paging.DEFAULT_PER_PAGE)));
        CityRow city = CityRow.of(profile);
        Frame frame = templates.frame(request);
        CityPage model = new CityPage(city, profile.posts().items().stream().map(PostCard::of).toList(),
                profile.posts().totalItems(), Pager.of(profile.posts(), city.href(), null),
                upcomingEvents.listUpcomingEvents(profile.city().id(), CityPage.UPCOMING_EVENTS).stream()
                        .map(listed -> EventCard.of(listed, frame.texts())).toList());
        return Representations.ok(templates.render("city.jte", model, frame,
                Canonical.of(request, city.href(), model.pager())), HTML, true, Freshness.REVALIDATE).build();
    }

    @GET
    @Path("{slug}/feed.xml")
    @Produces("application/atom+xml")
    public Response feed(@PathParam("slug") String slug, @Context UriInfo request) {
        PartnerCityProfile profile = readCity.readPartnerCity(new ReadPartnerCityQuery(Slugs.fromPath(slug, "partner city"),
                language(request), PageRequest.first(AtomFeeds.POSTS_IN_FEED)));
        CityRow city = CityRow.of(profile);
        Texts texts = Texts.of(Texts.SITE, profile.language());
        return AtomFeeds.posts(request, profile.language(), texts.t("feed.about", texts.t("layout.brand"), city.name()),
                city.href().substring(1), city.feedHref().substring(1), profile.posts().items());
    }

    /** The events the city hosts or organises, as a calendar to subscribe to (as the site's, {@code /events.ics}). */
    @GET
    @Path("{slug}/events.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("slug") String slug, @Context UriInfo request) {
        Slug city = Slugs.fromPath(slug, "partner city");
        String name = readCity.readPartnerCity(new ReadPartnerCityQuery(city, language(request), PageRequest.first(1))).name();
        byte[] body = calendars.write(EventPagesResource.CALENDAR_NAME + " in " + name, AtomFeeds.base(request),
                calendarEvents.listCalendarEvents(city));
        return Representations.ok(body, EventCalendars.MEDIA_TYPE, true, Freshness.MINUTE).build();
    }
}

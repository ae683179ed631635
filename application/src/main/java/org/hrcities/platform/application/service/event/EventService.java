package org.hrcities.platform.application.service.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.application.port.in.event.FindEventsQuery;
import org.hrcities.platform.application.port.in.event.FindEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListCalendarEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsNamingPostUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsQuery;
import org.hrcities.platform.application.port.in.event.ListEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListUpcomingEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.event.ReadEventUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.EventFilter;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Presents published events to visitors: the list of events, what comes next, a period's events
 * for the API, the calendars' events, an event's page and the events a post names. Drafts are
 * never shown here.
 *
 * <p>One service for the visitors' use cases on events, which share the lookup of the cities an
 * event lists: {@link ListEventsUseCase}, {@link ListUpcomingEventsUseCase}, {@link FindEventsUseCase},
 * {@link ListCalendarEventsUseCase}, {@link ReadEventUseCase} and {@link ListEventsNamingPostUseCase}.
 */
public class EventService implements ListEventsUseCase, ListUpcomingEventsUseCase, FindEventsUseCase,
        ListCalendarEventsUseCase, ReadEventUseCase, ListEventsNamingPostUseCase {

    private final EventRepository events;
    private final PartnerCityRepository cities;
    private final PostRepository posts;
    private final ClockPort clock;
    private final TransactionPort transactions;

    public EventService(EventRepository events, PartnerCityRepository cities, PostRepository posts, ClockPort clock,
                        TransactionPort transactions) {
        this.events = Objects.requireNonNull(events);
        this.cities = Objects.requireNonNull(cities);
        this.posts = Objects.requireNonNull(posts);
        this.clock = Objects.requireNonNull(clock);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Page<ListedEvent> listEvents(ListEventsQuery query) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            PartnerCityId city = cityId(query.cityOrNull());
            EventFilter upcoming = EventFilter.upcoming(now, city);
            EventFilter past = EventFilter.past(now, city);
            long upcomingCount = events.count(upcoming);
            long total = upcomingCount + events.count(past);
            PageRequest page = query.page();
            List<Event> found = new ArrayList<>(page.size());
            if (page.offset() < upcomingCount) {
                found.addAll(events.find(upcoming, page.offset(), (int) Math.min(page.size(), upcomingCount - page.offset())));
            }
            int pastWanted = page.size() - found.size();
            if (pastWanted > 0) {
                int pastOffset = (int) Math.max(0, page.offset() - upcomingCount);
                found.addAll(events.find(past, pastOffset, pastWanted));
            }
            return new Page<>(listed(found, now), page, Math.max(total, (long) page.offset() + found.size()));
        });
    }

    @Override
    public List<ListedEvent> listUpcomingEvents(PartnerCityId cityOrNull, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> listed(events.find(EventFilter.upcoming(now, cityOrNull), 0, limit), now));
    }

    @Override
    public Page<ListedEvent> findEvents(FindEventsQuery query) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            EventFilter filter = EventFilter.overlapping(query.fromOrNull(), query.toOrNull(), cityId(query.cityOrNull()));
            long total = events.count(filter);
            List<Event> found = events.find(filter, query.page().offset(), query.page().size());
            return new Page<>(listed(found, now), query.page(), Math.max(total, (long) query.page().offset() + found.size()));
        });
    }

    @Override
    public List<ListedEvent> listCalendarEvents(Slug cityOrNull) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            EventFilter filter = EventFilter.overlapping(now.minus(RECENT), null, cityId(cityOrNull));
            return listed(events.find(filter, 0, MAX_EVENTS), now);
        });
    }

    @Override
    public EventView readEvent(Slug slug) {
        Objects.requireNonNull(slug, "slug");
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            Event event = events.findBySlug(slug).filter(Event::isPublished)
                    .orElseThrow(() -> new EventNotFoundException(slug));
            Optional<PartnerCity> city = event.place().partnerCity().flatMap(cities::findById);
            List<PartnerCity> organisers = cities.findAllById(event.organisers());
            List<Post> readable = new ArrayList<>();
            for (PostId id : event.posts()) {
                posts.findById(id).filter(post -> post.isReadableAt(now)).ifPresent(readable::add);
            }
            return new EventView(event, city, organisers, readable, event.timing().isOverAt(now));
        });
    }

    @Override
    public List<Event> listEventsNamingPost(PostId post) {
        Objects.requireNonNull(post, "post");
        return transactions.inTransaction(() -> events.findPublishedNamingPost(post));
    }

    private PartnerCityId cityId(Slug slugOrNull) {
        if (slugOrNull == null) {
            return null;
        }
        return cities.findBySlug(slugOrNull).map(PartnerCity::id)
                .orElseThrow(() -> new PartnerCityNotFoundException(slugOrNull));
    }

    private List<ListedEvent> listed(List<Event> found, Instant now) {
        Collection<PartnerCityId> ids = found.stream().flatMap(event -> event.place().partnerCity().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<PartnerCityId, PartnerCity> byId = ids.isEmpty() ? Map.of()
                : cities.findAllById(ids).stream().collect(Collectors.toMap(PartnerCity::id, Function.identity()));
        return found.stream().map(event -> new ListedEvent(event,
                event.place().partnerCity().map(byId::get), event.timing().isOverAt(now))).toList();
    }
}

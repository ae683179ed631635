package org.hrcities.platform.application.service.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.event.ChangeEventStatusUseCase;
import org.hrcities.platform.application.port.in.event.CreateEventCommand;
import org.hrcities.platform.application.port.in.event.CreateEventUseCase;
import org.hrcities.platform.application.port.in.event.EditEventCommand;
import org.hrcities.platform.application.port.in.event.EditEventUseCase;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.EventNotFoundException;
import org.hrcities.platform.application.port.in.event.ListEventsForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventForAdministrationUseCase;
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
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * What editors do with events: plan, change, publish, withdraw, postpone, cancel and reinstate
 * them. Every change names the version the editor read; an event changed since is refused with
 * {@link ConcurrentUpdateException}. The partner cities and posts an event names must exist.
 *
 * <p>One service for the editors' use cases on events, which share the loading of an event at the
 * version read: {@link ListEventsForAdministrationUseCase}, {@link ReadEventForAdministrationUseCase},
 * {@link CreateEventUseCase}, {@link EditEventUseCase} and {@link ChangeEventStatusUseCase}.
 */
public class EventAdministrationService implements ListEventsForAdministrationUseCase,
        ReadEventForAdministrationUseCase, CreateEventUseCase, EditEventUseCase, ChangeEventStatusUseCase {

    private final EventRepository events;
    private final PartnerCityRepository cities;
    private final PostRepository posts;
    private final ClockPort clock;
    private final TransactionPort transactions;

    public EventAdministrationService(EventRepository events, PartnerCityRepository cities, PostRepository posts,
                                      ClockPort clock, TransactionPort transactions) {
        this.events = Objects.requireNonNull(events);
        this.cities = Objects.requireNonNull(cities);
        this.posts = Objects.requireNonNull(posts);
        this.clock = Objects.requireNonNull(clock);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Page<Event> listEventsForAdministration(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return transactions.inTransaction(() -> {
            EventFilter all = EventFilter.everyEvent();
            long total = events.count(all);
            var found = events.find(all, page.offset(), page.size());
            return new Page<>(found, page, Math.max(total, (long) page.offset() + found.size()));
        });
    }

    @Override
    public Event readEventForAdministration(EventId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Event createEvent(CreateEventCommand command) {
        return transactions.inTransaction(() -> {
            Event event = Event.plan(EventId.generate(), command.details(), clock.now());
            requireReferences(event.details());
            if (command.publish()) {
                event.publish(clock.now());
            }
            events.save(event);
            return load(event.id());
        });
    }

    @Override
    public Event editEvent(EditEventCommand command) {
        return change(command.id(), command.expectedVersion(), event -> {
            requireReferences(command.details());
            event.describe(command.details(), clock.now());
        });
    }

    @Override
    public Event changeEventStatus(EventChange change) {
        return change(change.id(), change.expectedVersion(), event -> {
            switch (change.kind()) {
                case PUBLISH -> event.publish(clock.now());
                case WITHDRAW -> event.withdraw(clock.now());
                case POSTPONE -> event.postpone(change.newTimingOrNull(), clock.now());
                case CANCEL -> event.cancel(clock.now());
                case REINSTATE -> event.reinstate(clock.now());
            }
        });
    }

    private Event change(EventId id, long expectedVersion, Consumer<Event> change) {
        return transactions.inTransaction(() -> {
            Event event = load(id);
            if (event.version() != expectedVersion) {
                throw new ConcurrentUpdateException("event", id);
            }
            change.accept(event);
            events.save(event);
            return load(id);
        });
    }

    private void requireReferences(EventDetails details) {
        LinkedHashSet<PartnerCityId> named = new LinkedHashSet<>(details.organisers());
        details.place().partnerCity().ifPresent(named::add);
        List<PartnerCityId> found = named.isEmpty() ? List.of() : cities.findAllById(named).stream().map(PartnerCity::id).toList();
        for (PartnerCityId id : named) {
            if (!found.contains(id)) {
                String field = details.place().partnerCity().filter(id::equals).isPresent() ? "city" : "organisers";
                throw new InvalidValueException(field, "no partner city has the id " + id);
            }
        }
        for (PostId post : details.posts()) {
            if (posts.findById(post).isEmpty()) {
                throw new InvalidValueException("posts", "no post has the id " + post);
            }
        }
    }

    private Event load(EventId id) {
        return events.findById(id).orElseThrow(() -> new EventNotFoundException(id));
    }
}

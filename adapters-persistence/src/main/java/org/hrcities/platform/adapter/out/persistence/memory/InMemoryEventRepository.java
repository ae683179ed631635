package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hrcities.platform.application.port.out.EventFilter;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/** Events in memory, compared by their start and end as instants, as the database adapters compare them. */
final class InMemoryEventRepository implements EventRepository {

    private static final Comparator<Event> SOONEST_FIRST = Comparator.comparing((Event event) -> event.timing().startInstant())
            .thenComparing(event -> event.id().value(), Snapshots.UUID_BYTE_ORDER);
    private static final Comparator<Event> LATEST_FIRST = SOONEST_FIRST.reversed();

    private final InMemoryTransactions transactions;
    private final Map<EventId, Event> byId = new ConcurrentHashMap<>();

    InMemoryEventRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Event event) {
        transactions.lockForWrite();
        Event stored = byId.get(event.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (event.version() != storedVersion) {
            throw new ConcurrentUpdateException("event", event.id());
        }
        boolean slugTaken = byId.values().stream()
                .anyMatch(other -> other.slug().equals(event.slug()) && !other.id().equals(event.id()));
        if (slugTaken) {
            throw new SlugAlreadyTakenException("event", event.slug());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(event.id());
            } else {
                byId.put(event.id(), stored);
            }
        });
        byId.put(event.id(), Snapshots.copy(event, storedVersion + 1));
    }

    @Override
    public Optional<Event> findById(EventId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(InMemoryEventRepository::copy);
    }

    @Override
    public Optional<Event> findBySlug(Slug slug) {
        transactions.requireTransaction();
        return byId.values().stream().filter(event -> event.slug().equals(slug)).findFirst()
                .map(InMemoryEventRepository::copy);
    }

    @Override
    public List<Event> find(EventFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more");
        }
        return passing(filter)
                .sorted(filter.order() == EventFilter.Order.SOONEST_FIRST ? SOONEST_FIRST : LATEST_FIRST)
                .skip(offset).limit(limit).map(InMemoryEventRepository::copy).toList();
    }

    @Override
    public long count(EventFilter filter) {
        return passing(filter).count();
    }

    @Override
    public List<Event> findPublishedNamingPost(PostId post) {
        transactions.requireTransaction();
        return byId.values().stream().filter(Event::isPublished).filter(event -> event.posts().contains(post))
                .sorted(SOONEST_FIRST).map(InMemoryEventRepository::copy).toList();
    }

    private Stream<Event> passing(EventFilter filter) {
        transactions.requireTransaction();
        return byId.values().stream().filter(matching(filter));
    }

    private static Predicate<Event> matching(EventFilter filter) {
        return event -> (!filter.publishedOnly() || event.isPublished())
                && (filter.endsAfter() == null || event.timing().endInstant().isAfter(filter.endsAfter()))
                && (filter.endsNoLaterThan() == null || !event.timing().endInstant().isAfter(filter.endsNoLaterThan()))
                && (filter.startsBefore() == null || event.timing().startInstant().isBefore(filter.startsBefore()))
                && (filter.city() == null || event.involves(filter.city()));
    }

    private static Event copy(Event event) {
        return Snapshots.copy(event, event.version());
    }
}

package org.hrcities.platform.application.port.out;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Stores events. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface EventRepository {

    /**
     * Stores a new event (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored event is no longer at {@code event.version()},
     *         or a new event's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another event has the slug
     */
    void save(Event event);

    Optional<Event> findById(EventId id);

    Optional<Event> findBySlug(Slug slug);

    /** The events that pass {@code filter}, in its order, skipping {@code offset} and at most {@code limit}. */
    List<Event> find(EventFilter filter, int offset, int limit);

    /** How many events pass {@code filter}. */
    long count(EventFilter filter);

    /** Published events that name the post among their posts, the soonest start first (ties broken by id). */
    List<Event> findPublishedNamingPost(PostId post);
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import java.util.function.ToLongFunction;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** The optimistic check every save starts with, the same for every aggregate. */
final class StoredRows {

    private StoredRows() {
    }

    /**
     * The stored row the aggregate was read from, or null when the aggregate is new (version 0). A new
     * aggregate is not looked up: its id is fresh, and were it taken all the same, {@link #insert} or
     * the flush after it (a duplicate primary key) says so, which saves a read per new row.
     *
     * @throws ConcurrentUpdateException if the stored row is at another version, or a stored one has gone
     */
    static <E> E atVersion(EntityManager em, Class<E> type, Object key, long version, ToLongFunction<E> rowVersion,
                           String aggregate, Object id) {
        if (version == 0) {
            return null;
        }
        E row = em.find(type, key);
        long stored = row == null ? 0 : rowVersion.applyAsLong(row);
        if (stored != version) {
            throw new ConcurrentUpdateException(aggregate, id);
        }
        return row;
    }

    /**
     * Makes a new aggregate's row managed, to be inserted at the flush.
     *
     * @throws ConcurrentUpdateException if the row is known to exist already (the flush reports the
     *         other case, a row that exists only in the database, as a duplicate key)
     */
    static <E> E insert(EntityManager em, E row, String aggregate, Object id) {
        try {
            em.persist(row);
            return row;
        } catch (EntityExistsException e) {
            throw new ConcurrentUpdateException(aggregate, id);
        }
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.function.ToLongFunction;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** The optimistic check every save starts with, the same for every aggregate. */
final class StoredRows {

    private StoredRows() {
    }

    /**
     * The stored row the aggregate was read from, or null when the aggregate is new (version 0).
     *
     * @throws ConcurrentUpdateException if the stored row is at another version, or a new
     *         aggregate's id is taken, or a stored one has gone
     */
    static <E> E atVersion(EntityManager em, Class<E> type, Object key, long version, ToLongFunction<E> rowVersion,
                           String aggregate, Object id) {
        E row = em.find(type, key);
        long stored = row == null ? 0 : rowVersion.applyAsLong(row);
        if (stored != version) {
            throw new ConcurrentUpdateException(aggregate, id);
        }
        return row;
    }
}

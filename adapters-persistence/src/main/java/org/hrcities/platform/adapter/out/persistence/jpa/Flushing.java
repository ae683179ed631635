package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * Writes pending changes at once, so that the database's verdict (a unique slug taken, a missing
 * post, a version moved on) reaches the caller of {@code save} as the domain's exception. Then the
 * persistence context is cleared: repositories hand out domain copies, never entities, so nothing
 * needs to stay managed, and a transaction that saves many aggregates does not compare every one of
 * them again at each flush.
 */
final class Flushing {

    private Flushing() {
    }

    /**
     * Flushes and translates the failures.
     *
     * @param uniqueSlugConstraint name of the unique constraint on the slug
     * @param slugTaken the exception to throw when that constraint is violated
     * @param aggregate what is being saved, for messages
     * @param id its id
     */
    static void flush(EntityManager entityManager, String uniqueSlugConstraint, Supplier<RuntimeException> slugTaken,
                      String aggregate, Object id) {
        flush(entityManager, uniqueSlugConstraint == null ? Map.of() : Map.of(uniqueSlugConstraint, slugTaken),
                aggregate, id);
    }

    /**
     * As {@link #flush(EntityManager, String, Supplier, String, Object)}, for an aggregate with several unique
     * constraints: each constraint's name (in small letters) with the exception to throw when it is violated.
     */
    static void flush(EntityManager entityManager, Map<String, Supplier<RuntimeException>> uniqueConstraints,
                      String aggregate, Object id) {
        try {
            entityManager.flush();
            entityManager.clear();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException(aggregate, id);
        } catch (PersistenceException e) {
            SQLException sql = sqlCause(e);
            String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
            String message = sql == null || sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
            if (state.equals("23505")) {
                for (Map.Entry<String, Supplier<RuntimeException>> constraint : uniqueConstraints.entrySet()) {
                    if (message.contains(constraint.getKey())) {
                        throw constraint.getValue().get();
                    }
                }
                throw new ConcurrentUpdateException(aggregate, id);
            }
            if (state.equals("23503") || state.equals("23506")) {
                throw new IllegalArgumentException(aggregate + " " + id + " refers to something that is not stored", e);
            }
            throw e;
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}

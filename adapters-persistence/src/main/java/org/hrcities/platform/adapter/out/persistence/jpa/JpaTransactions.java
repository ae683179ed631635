package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hrcities.platform.adapter.out.persistence.AfterCommit;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * One resource-local JPA transaction per use-case call: the entity manager lives exactly as long as
 * the transaction and is bound to the calling thread, where the repositories find it. The same
 * code runs inside Payara Micro and in the contract tests. A database that cannot be reached leaves
 * as {@link StorageUnavailableException}, whatever layer (pool, driver, EclipseLink) noticed it. Work
 * handed to {@link #afterCommit} runs once the commit has succeeded, after the entity manager is closed.
 */
final class JpaTransactions implements TransactionPort, AfterCommit {

    /** SQLSTATEs that say the server is going down or not up yet (PostgreSQL's class 57P), beside class 08. */
    private static final Set<String> SERVER_NOT_AVAILABLE = Set.of("57P01", "57P02", "57P03");

    /**
     * What HikariCP throws, without a SQLSTATE, when a transaction uses a connection that the pool has
     * closed because a statement on it had just failed with a connection error (as when PostgreSQL
     * stops in the middle of a transaction and the commit meets the closed connection).
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> committed = new ThreadLocal<>();

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return runAlone(work);
        } catch (RuntimeException e) {
            if (isUnavailability(e)) {
                throw new StorageUnavailableException("the database is unavailable", e);
            }
            throw e;
        }
    }

    /**
     * Whether the failure says that the database cannot be reached: the pool gave up waiting for a
     * connection, the connection was refused or broken (SQLSTATE class 08) or closed by the pool after
     * it broke, or the server is shutting down or starting (57P01 to 57P03).
     */
    static boolean isUnavailability(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_NOT_AVAILABLE.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public void afterCommit(Runnable work) {
        List<Runnable> waiting = committed.get();
        if (waiting == null) {
            work.run();
        } else {
            waiting.add(work);
        }
    }

    private <T> T runAlone(Supplier<T> work) {
        List<Runnable> afterCommit = new ArrayList<>();
        T result = runAlone(work, afterCommit);
        afterCommit.forEach(Runnable::run);
        return result;
    }

    private <T> T runAlone(Supplier<T> work, List<Runnable> afterCommit) {
        EntityManager entityManager = factory.createEntityManager();
        current.set(entityManager);
        committed.set(afterCommit);
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RollbackException e) {
            throw e.getCause() instanceof OptimisticLockException
                    ? new ConcurrentUpdateException("stored data", "read by this transaction")
                    : e;
        } finally {
            try {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            } catch (RuntimeException e) {
                // a broken connection cannot roll back; the database drops its transaction with the connection
                if (!isUnavailability(e)) {
                    throw e;
                }
            } finally {
                current.remove();
                committed.remove();
                entityManager.close();
            }
        }
    }

    /** Whether the calling thread is in a transaction. */
    boolean active() {
        return current.get() != null;
    }

    /** Whether {@code entityManager} is that of the calling thread's transaction, and it still runs. */
    boolean isCurrent(EntityManager entityManager) {
        return current.get() == entityManager && entityManager.getTransaction().isActive();
    }

    /** The entity manager of the calling thread's transaction. */
    EntityManager entityManager() {
        EntityManager entityManager = current.get();
        if (entityManager == null) {
            throw new IllegalStateException("storage used outside a transaction: run it through TransactionPort.inTransaction");
        }
        return entityManager;
    }
}

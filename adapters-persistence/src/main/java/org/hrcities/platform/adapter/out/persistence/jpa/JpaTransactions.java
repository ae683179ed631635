package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.function.Supplier;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * One resource-local JPA transaction per use-case call: the entity manager lives exactly as long as
 * the transaction and is bound to the calling thread, where the repositories find it. The same
 * code runs inside Payara Micro and in the contract tests.
 */
final class JpaTransactions implements TransactionPort {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager entityManager = factory.createEntityManager();
        current.set(entityManager);
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
            } finally {
                current.remove();
                entityManager.close();
            }
        }
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

package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.hrcities.platform.adapter.out.persistence.AfterCommit;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * Transactions over the in-memory repositories. A transaction that writes takes the store's single
 * write lock at its first write and keeps it until it ends, so writing transactions run one after
 * the other; each write records how to undo itself, and a failing transaction undoes its writes in
 * reverse order. Reads take no lock and see the latest written state. Work handed to
 * {@link #afterCommit} runs when the transaction has succeeded, after its lock is released.
 */
final class InMemoryTransactions implements TransactionPort, AfterCommit {

    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Transaction transaction = new Transaction();
        current.set(transaction);
        T result;
        try {
            result = work.get();
            transaction.undoLog.clear();
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        } finally {
            current.remove();
            if (transaction.holdsLock) {
                writeLock.unlock();
            }
        }
        transaction.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable work) {
        Transaction transaction = current.get();
        if (transaction == null) {
            work.run();
        } else {
            transaction.afterCommit.add(work);
        }
    }

    /** Fails unless the calling thread runs a transaction. */
    void requireTransaction() {
        if (current.get() == null) {
            throw new IllegalStateException("storage used outside a transaction: run it through TransactionPort.inTransaction");
        }
    }

    /**
     * Takes the write lock for the calling transaction. Call it before reading what a write depends
     * on (a version, a slug) so that no other writer changes it in between.
     */
    void lockForWrite() {
        requireTransaction();
        Transaction transaction = current.get();
        if (!transaction.holdsLock) {
            writeLock.lock();
            transaction.holdsLock = true;
        }
    }

    /** Records how to undo a write that the calling transaction is about to make. */
    void onRollback(Runnable undo) {
        lockForWrite();
        current.get().undoLog.push(undo);
    }

    private static final class Transaction {
        private final Deque<Runnable> undoLog = new ArrayDeque<>();
        private final List<Runnable> afterCommit = new ArrayList<>();
        private boolean holdsLock;

        private void rollback() {
            while (!undoLog.isEmpty()) {
                undoLog.pop().run();
            }
        }
    }
}

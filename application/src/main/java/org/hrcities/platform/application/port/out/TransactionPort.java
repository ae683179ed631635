package org.hrcities.platform.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary: each use-case call runs its work through {@link #inTransaction}, so
 * that all of its writes are stored together or none is. Storage adapters implement it; the
 * repositories of an adapter refuse to work outside it.
 */
public interface TransactionPort {

    /**
     * Runs {@code work} in a transaction and commits it when the work returns. If the work throws,
     * every write it made is undone and the exception is rethrown. A call inside a running
     * transaction joins it. When the storage cannot be reached, the adapter throws
     * {@link org.hrcities.platform.application.port.StorageUnavailableException} (nothing was stored).
     */
    <T> T inTransaction(Supplier<T> work);

    /** Like {@link #inTransaction(Supplier)} for work without a result. */
    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package org.hrcities.platform.application.port.out;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the contract suites that every storage adapter must pass. A subclass per adapter and
 * port supplies empty storage; the suites describe the behaviour the services rely on.
 */
public abstract class StorageContract {

    /** Times in the suites have whole microseconds, the precision every adapter keeps. */
    protected static final Instant T0 = Instant.parse("2024-03-01T08:00:00.123456Z");

    protected StorageUnderTest storage;

    /** Storage holding nothing: no post, no comment, no city. */
    protected abstract StorageUnderTest emptyStorage();

    @BeforeEach
    void openStorage() {
        storage = emptyStorage();
    }

    /** Closes the storage, if there is any: none when the adapter's server is missing and the test was skipped. */
    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    protected <T> T inTx(Supplier<T> work) {
        return storage.transactions().inTransaction(work);
    }

    protected void inTx(Runnable work) {
        storage.transactions().inTransaction(work);
    }
}

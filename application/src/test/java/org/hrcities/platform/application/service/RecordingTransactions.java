package org.hrcities.platform.application.service;

import java.util.function.Supplier;
import org.hrcities.platform.application.port.out.TransactionPort;

/** Runs work directly and counts the transactions, so that tests see each use case open exactly one. */
public final class RecordingTransactions implements TransactionPort {

    private int started;
    private boolean active;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (active) {
            return work.get();
        }
        started++;
        active = true;
        try {
            return work.get();
        } finally {
            active = false;
        }
    }

    public int started() {
        return started;
    }

    public boolean active() {
        return active;
    }
}

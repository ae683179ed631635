package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.hrcities.platform.adapter.out.persistence.PoolEvents;
import org.hrcities.platform.adapter.out.persistence.PoolFigures;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the JPA adapter tells of its connection pool: the connections now, and each wait for one. */
class PoolFiguresTest {

    @TempDir
    Path directory;

    /** Counts what the pool tells. */
    private static final class Counted implements PoolEvents {
        final AtomicLong waits = new AtomicLong();
        final AtomicLong waitedNanos = new AtomicLong();
        final AtomicLong timeouts = new AtomicLong();

        @Override
        public void waited(long nanos) {
            waits.incrementAndGet();
            waitedNanos.addAndGet(nanos);
        }

        @Override
        public void timedOut() {
            timeouts.incrementAndGet();
        }
    }

    @Test
    void the_pool_shows_the_connections_lent_and_each_wait_and_timeout_is_told() throws SQLException {
        Counted events = new Counted();
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(
                "jdbc:h2:file:" + directory.resolve("pool") + ";WRITE_DELAY=0", "sa", "", 2, 250), events)) {
            PoolFigures idle = storage.pool().orElseThrow();
            assertEquals(0, idle.active());
            assertEquals(2, idle.max());
            assertEquals(0, idle.waiting());
            assertTrue(idle.total() <= idle.max(), idle.toString());

            long waitsBefore = events.waits.get();
            storage.check();
            assertEquals(waitsBefore + 1, events.waits.get(), "one connection asked for");

            try (Connection taken = storage.dataSource().getConnection()) {
                PoolFigures busy = storage.pool().orElseThrow();
                assertEquals(1, busy.active(), busy.toString());
                try (Connection alsoTaken = storage.dataSource().getConnection()) {
                    long waitedBefore = events.waitedNanos.get();
                    assertThrows(StorageUnavailableException.class, storage::check);
                    assertEquals(1, events.timeouts.get());
                    assertTrue(events.waitedNanos.get() - waitedBefore >= 200_000_000L,
                            "the 250 ms wait is counted: " + (events.waitedNanos.get() - waitedBefore));
                    assertEquals(2, storage.pool().orElseThrow().active());
                }
            }
            assertEquals(0, storage.pool().orElseThrow().active());
        }
    }

    @Test
    void a_closed_storage_has_no_pool() {
        JpaStorage storage = JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("closed"), "sa", "", 2));
        storage.check();
        assertTrue(storage.pool().isPresent());
        storage.close();
        assertTrue(storage.pool().isEmpty());
    }
}

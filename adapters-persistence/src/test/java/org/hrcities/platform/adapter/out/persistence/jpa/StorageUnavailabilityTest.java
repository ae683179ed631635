package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot give a connection makes a use-case call fail soon, as
 * {@link StorageUnavailableException}, instead of hanging or leaking the driver's exceptions.
 */
class StorageUnavailabilityTest {

    @TempDir
    Path directory;

    @Test
    void a_transaction_that_gets_no_connection_fails_as_storage_unavailable_after_the_connect_timeout() throws SQLException {
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(
                "jdbc:h2:file:" + directory.resolve("busy") + ";WRITE_DELAY=0", "sa", "", 2, 1_500))) {
            assertEquals(0L, storage.transactions().inTransaction(() -> storage.posts().count()));
            // Flyway needs two connections to migrate, so the pool has two; both are taken here
            try (Connection taken = storage.dataSource().getConnection();
                 Connection alsoTaken = storage.dataSource().getConnection()) {
                long started = System.nanoTime();
                StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                        () -> storage.transactions().inTransaction(() -> storage.posts().count()));
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals("the database is unavailable", failure.getMessage());
                assertTrue(JpaTransactions.isUnavailability(failure.getCause()), failure.getCause().toString());
                assertTrue(millis >= 1_400 && millis < 2_700,
                        "waited once for the 1.5 s connect timeout, not again to roll back: " + millis);
            }
            assertEquals(0L, storage.transactions().inTransaction(() -> storage.posts().count()),
                    "works again once a connection is free");
        }
    }

    @Test
    void tells_an_unreachable_database_from_other_failures_by_the_cause_chain() {
        assertTrue(JpaTransactions.isUnavailability(new PersistenceException(new SQLTransientConnectionException("timeout"))));
        assertTrue(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("shutdown", "57P01"))));
        assertTrue(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("starting up", "57P03"))));
        assertTrue(JpaTransactions.isUnavailability(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("Connection is closed"))),
                "HikariCP's answer on a connection it closed after a connection error");

        assertFalse(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("syntax", "42601"))));
        assertFalse(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("no state"))));
        assertFalse(JpaTransactions.isUnavailability(new PersistenceException(new SQLException("Connection is closed", "42000"))));
        assertFalse(JpaTransactions.isUnavailability(new IllegalStateException("no cause")));
    }

    @Test
    void other_failures_leave_the_transaction_as_they_are() {
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(
                "jdbc:h2:file:" + directory.resolve("other") + ";WRITE_DELAY=0", "sa", "", 2, 500))) {
            IllegalStateException bug = new IllegalStateException("a bug");
            assertSame(bug, assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
                throw bug;
            })));
        }
    }

    @Test
    void refuses_a_connect_timeout_below_what_the_pool_allows() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new JpaSettings("jdbc:h2:mem:x", "", "", 1, 100));
        assertTrue(refused.getMessage().contains("250"), refused.getMessage());
        assertEquals(JpaSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS, new JpaSettings("jdbc:h2:mem:x", "", "", 1).connectTimeoutMillis());
    }
}

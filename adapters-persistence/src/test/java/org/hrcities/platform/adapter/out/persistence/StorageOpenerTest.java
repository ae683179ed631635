package org.hrcities.platform.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * The site starts while its storage cannot be opened: the ports answer "unavailable" with the reason,
 * and once a later attempt opens the storage they reach it, after the preparations ran.
 */
class StorageOpenerTest {

    /** Fails with {@code reason} until {@link #allow()} is called, then opens an in-memory storage. */
    private static final class Database implements Supplier<StorageAdapter> {

        private volatile boolean up;
        private volatile String reason = "the PostgreSQL server at 127.0.0.1:5432 cannot be reached";
        private final AtomicInteger attempts = new AtomicInteger();
        private final InMemoryStorage storage = new InMemoryStorage();

        @Override
        public StorageAdapter get() {
            attempts.incrementAndGet();
            if (!up) {
                throw new StorageUnavailableException(reason, null);
            }
            return storage;
        }

        void allow() {
            up = true;
        }
    }

    @Test
    void a_storage_that_opens_at_once_is_handed_out_itself_and_preparations_run_at_once() {
        Database database = new Database();
        database.allow();
        try (StorageOpener opener = StorageOpener.open(database, Duration.ofMillis(10))) {
            assertSame(database.storage, opener.storage(), "no stand-in in between");
            List<String> ran = new ArrayList<>();
            opener.whenOpen(() -> ran.add("demo content"));
            assertEquals(List.of("demo content"), ran);
            assertTrue(opener.ready());
            assertEquals(Optional.empty(), opener.problem());
            assertEquals(Optional.of("none"), opener.schemaVersion());
            opener.check();
        }
    }

    @Test
    void until_the_storage_opens_every_port_says_why_and_afterwards_every_port_reaches_it() throws InterruptedException {
        Database database = new Database();
        try (StorageOpener opener = StorageOpener.open(database, Duration.ofMillis(10))) {
            StorageAdapter storage = opener.storage();
            List<String> ran = new ArrayList<>();
            opener.whenOpen(() -> ran.add("demo content"));

            StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                    () -> storage.transactions().inTransaction(() -> storage.posts().count()));
            assertEquals("the storage is not ready: the PostgreSQL server at 127.0.0.1:5432 cannot be reached",
                    failure.getMessage());
            assertThrows(StorageUnavailableException.class, () -> storage.comments().count());
            assertThrows(StorageUnavailableException.class, opener::check);
            assertFalse(opener.ready());
            assertEquals(Optional.of("the PostgreSQL server at 127.0.0.1:5432 cannot be reached"), opener.problem());
            assertEquals(List.of(), ran, "the preparation waits for the storage");

            database.reason = "the database \"hrc\" does not exist";
            awaitAttempts(database, database.attempts.get() + 2);
            assertEquals(Optional.of("the database \"hrc\" does not exist"), opener.problem(), "the newest reason");

            database.allow();
            awaitReady(opener);
            assertEquals(List.of("demo content"), ran);
            assertEquals(0L, storage.transactions().inTransaction(() -> storage.posts().count()));
            opener.check();
            int attempts = database.attempts.get();
            Thread.sleep(100);
            assertEquals(attempts, database.attempts.get(), "no more attempts once open");
        }
    }

    @Test
    void the_pool_is_none_until_the_storage_opens_and_then_that_of_the_open_storage() {
        Database database = new Database();
        PoolFigures figures = new PoolFigures(1, 2, 4, 0);
        StorageAdapter pooled = (StorageAdapter) Proxy.newProxyInstance(StorageAdapter.class.getClassLoader(),
                new Class<?>[] {StorageAdapter.class}, (proxy, method, arguments) -> method.getName().equals("pool")
                        ? Optional.of(figures) : method.invoke(database.storage, arguments));
        try (StorageOpener opener = StorageOpener.open(() -> {
            database.get();
            return pooled;
        }, Duration.ofMillis(10))) {
            assertEquals(Optional.empty(), opener.pool());
            assertEquals(Optional.empty(), opener.storage().pool(), "the stand-in has no pool of its own");
            database.allow();
            awaitReady(opener);
            assertEquals(Optional.of(figures), opener.pool());
            assertEquals(Optional.of(figures), opener.storage().pool());
        }
        assertEquals(Optional.empty(), new InMemoryStorage().pool(), "storage in the heap has no pool");
    }

    @Test
    void a_preparation_that_meets_an_unavailable_storage_runs_again_at_the_next_attempt() {
        Database database = new Database();
        try (StorageOpener opener = StorageOpener.open(database, Duration.ofMillis(10))) {
            AtomicInteger runs = new AtomicInteger();
            opener.whenOpen(() -> {
                if (runs.incrementAndGet() < 3) {
                    throw new StorageUnavailableException("the database went away again", null);
                }
            });
            database.allow();
            awaitReady(opener);
            assertEquals(3, runs.get());
        }
    }

    @Test
    void a_failure_other_than_unavailability_at_the_first_attempt_is_thrown() {
        assertThrows(IllegalArgumentException.class, () -> StorageOpener.open(() -> {
            throw new IllegalArgumentException("unsupported database URL");
        }, Duration.ofMillis(10)));
    }

    @Test
    void the_stand_in_is_not_equal_to_anything_else_and_says_what_it_is() {
        try (StorageOpener opener = StorageOpener.open(new Database(), Duration.ofSeconds(10))) {
            StorageAdapter storage = opener.storage();
            assertEquals(storage.posts(), storage.posts());
            assertFalse(storage.posts().equals(storage.comments()));
            assertTrue(storage.posts().toString().contains("PostRepository"), storage.posts().toString());
        }
    }

    private static void awaitAttempts(Database database, int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.attempts.get() < attempts && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(20);
    }

    private static void awaitReady(StorageOpener opener) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!opener.ready() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(opener.ready(), "ready within 10 s");
    }
}

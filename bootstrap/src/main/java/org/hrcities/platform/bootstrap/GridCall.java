package org.hrcities.platform.bootstrap;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Questions to the data grid with a deadline, one instance per member. The grid waits for a member
 * that stopped answering (a stopped process, a cut link) until it gives it up, a minute by default;
 * while a member holds the primary or the backup of an entry, a write to it waits for that member too.
 * A visitor's request must not wait that long, so the site asks with a {@link #DEADLINE} and, when it
 * passes, goes on with what this member knows by itself (each caller says what that is). After a
 * question that went unanswered, the member does not ask again for {@link #BACK_OFF}: during a split,
 * one request in that time waits for the deadline, the others are answered at once. The call itself
 * runs on a thread of its own, which is left to finish or fail on its own.
 */
final class GridCall {

    /** How long a visitor's request waits for the grid at most. */
    static final Duration DEADLINE = Duration.ofSeconds(2);
    /** How long the member goes on alone after the grid failed to answer. */
    static final Duration BACK_OFF = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(GridCall.class.getName());
    /**
     * Platform threads, made as needed and kept a minute, as many as calls wait at once: each blocks in
     * Hazelcast's own invocation future, whose waiting is not known to leave a virtual thread's carrier free.
     */
    private static final Executor CALLERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "hrc-grid-call");
        thread.setDaemon(true);
        return thread;
    });

    /** When the grid last failed to answer, in System.nanoTime(), if it did. */
    private volatile long failedAt;
    private volatile boolean failed;
    /** When that was last logged: once a minute at most. */
    private volatile long loggedAt = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);

    /**
     * What {@code call} returned within the deadline; empty when it did not answer in time or failed, or
     * when the grid failed to answer less than {@link #BACK_OFF} ago.
     */
    <T> Optional<T> within(String what, Supplier<T> call) {
        if (failed && System.nanoTime() - failedAt < BACK_OFF.toNanos()) {
            return Optional.empty();
        }
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(call, CALLERS);
        try {
            T value = answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            failed = false;
            return Optional.of(value);
        } catch (TimeoutException | ExecutionException e) {
            failedAt = System.nanoTime();
            failed = true;
            log(what, e instanceof ExecutionException ? e.getCause() : e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void log(String what, Throwable cause) {
        long now = System.nanoTime();
        if (now - loggedAt > TimeUnit.MINUTES.toNanos(1)) {
            loggedAt = now;
            LOG.log(Level.WARNING, "the data grid did not answer (" + what + ") within " + DEADLINE.toMillis()
                    + " ms; this member goes on with what it knows by itself, asking again after " + BACK_OFF.toSeconds()
                    + " s (logged once a minute at most): " + cause);
        }
    }
}

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
 * A question to the data grid with a deadline. The grid waits for a member that stopped answering
 * (a stopped process, a cut link) until it gives it up, a minute by default; a visitor's request must
 * not wait that long, so the site asks with a deadline and, when it passes, goes on with what this
 * member knows by itself (each caller says what that is). The call itself runs on a virtual thread,
 * which is left to finish or fail on its own.
 */
final class GridCall {

    /** How long a visitor's request waits for the grid at most. */
    static final Duration DEADLINE = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(GridCall.class.getName());
    private static final Executor VIRTUAL = Executors.newVirtualThreadPerTaskExecutor();
    /** When the grid last failed to answer, in System.nanoTime(): logged once a minute at most. */
    private static volatile long lastLogged = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);

    private GridCall() {
    }

    /** What {@code call} returned within {@code deadline}; empty when it did not answer in time or failed. */
    static <T> Optional<T> within(Duration deadline, String what, Supplier<T> call) {
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(call, VIRTUAL);
        try {
            return Optional.of(answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            log(what, e instanceof ExecutionException ? e.getCause() : e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void log(String what, Throwable cause) {
        long now = System.nanoTime();
        if (now - lastLogged > TimeUnit.MINUTES.toNanos(1)) {
            lastLogged = now;
            LOG.log(Level.WARNING, "the data grid did not answer (" + what + ") within " + DEADLINE.toMillis()
                    + " ms; this member goes on with what it knows by itself (logged once a minute at most): " + cause);
        }
    }
}

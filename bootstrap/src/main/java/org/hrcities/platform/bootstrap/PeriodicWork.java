package org.hrcities.platform.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task of the site's own, run on a daemon thread of its own: first after {@code delay}, then
 * {@code interval} after each run ends. A plain single-thread executor rather than the container's
 * timers: the tasks call only the application's use cases, need nothing from the container's context,
 * and run the same way in unit tests. The task must not throw (an exception would cancel every later
 * run): each one catches and logs its own failures.
 * <p>
 * Stopping lets a running task finish for up to 5 s before interrupting it: an interrupt in the middle
 * of a write to H2's file closes its whole store.
 */
final class PeriodicWork {

    private static final long STOP_GRACE_SECONDS = 5;

    private final ScheduledExecutorService executor;

    private PeriodicWork(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts {@code task} on a thread named {@code threadName}. */
    static PeriodicWork start(String threadName, Duration delay, Duration interval, Runnable task) {
        Objects.requireNonNull(task, "task");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("an interval lasts a while: " + interval);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(task, delay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new PeriodicWork(executor);
    }

    /** Stops the runs, letting a running one finish for a few seconds. */
    void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

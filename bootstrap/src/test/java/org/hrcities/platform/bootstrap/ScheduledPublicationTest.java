package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcities.platform.application.port.in.authoring.PublishDuePostsUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler bean calls the publication use case at once and then again, failures or not, until stopped. */
class ScheduledPublicationTest {

    private final ScheduledPublication scheduler = new ScheduledPublication();

    @AfterEach
    void stop() {
        scheduler.stop();
    }

    @Test
    void calls_the_use_case_at_start_and_again_after_each_interval() throws InterruptedException {
        CountDownLatch threeRuns = new CountDownLatch(3);
        scheduler.start(() -> {
            threeRuns.countDown();
            return 0;
        }, Duration.ofMillis(10));

        assertTrue(threeRuns.await(5, TimeUnit.SECONDS), "three runs within five seconds");
    }

    @Test
    void keeps_running_after_a_failed_run() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch secondRun = new CountDownLatch(2);
        scheduler.start(() -> {
            secondRun.countDown();
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the database was away");
            }
            return 1;
        }, Duration.ofMillis(10));

        assertTrue(secondRun.await(5, TimeUnit.SECONDS), "a failure does not cancel the later runs");
    }

    @Test
    void stops_calling_once_stopped() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstRun = new CountDownLatch(1);
        scheduler.start(() -> {
            calls.incrementAndGet();
            firstRun.countDown();
            return 0;
        }, Duration.ofMillis(10));
        assertTrue(firstRun.await(5, TimeUnit.SECONDS));

        scheduler.stop();
        int afterStop = calls.get();
        Thread.sleep(100);

        assertEquals(afterStop, calls.get());
        assertFalse(scheduler.running());
    }

    @Test
    void tells_of_a_run_that_published_something_and_of_no_other() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        CountDownLatch fourRuns = new CountDownLatch(4);
        scheduler.start(() -> {
            fourRuns.countDown();
            return calls.incrementAndGet() == 2 ? 1 : 0;
        }, Duration.ofMillis(10), told::incrementAndGet);
        assertTrue(fourRuns.await(5, TimeUnit.SECONDS));
        scheduler.stop();

        assertEquals(1, told.get(), "only the second run published a post");
    }

    @Test
    void starts_once() {
        PublishDuePostsUseCase nothing = () -> 0;
        scheduler.start(nothing, Duration.ofSeconds(5));
        assertThrows(IllegalStateException.class, () -> scheduler.start(nothing, Duration.ofSeconds(5)));
    }
}

package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SenderDataRetentionJobTest {

    private final SenderDataRetentionJob job = new SenderDataRetentionJob();

    @AfterEach
    void stop() {
        job.stop();
    }

    @Test
    void asks_the_use_case_again_after_each_interval_even_after_a_failed_run() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        job.start(() -> {
            three.countDown();
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails");
            }
            return 2;
        }, Duration.ZERO, Duration.ofMillis(20));

        assertTrue(three.await(5, TimeUnit.SECONDS), "runs go on after a failure");
        assertTrue(job.running());
        job.stop();
        assertFalse(job.running());
    }

    @Test
    void a_run_never_throws() {
        assertEquals(0, SenderDataRetentionJob.runOnce(() -> {
            throw new StorageUnavailableException("no database", null);
        }));
        assertEquals(0, SenderDataRetentionJob.runOnce(() -> {
            throw new IllegalStateException("broken");
        }));
        assertEquals(7, SenderDataRetentionJob.runOnce(() -> 7));
    }
}

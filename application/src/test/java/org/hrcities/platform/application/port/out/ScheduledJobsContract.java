package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduledJobsPort} does. */
public abstract class ScheduledJobsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract MailStorageUnderTest emptyStorage();

    private final String job = "job-" + UUID.randomUUID();

    @Test
    void runs_a_job_once_per_period() {
        ScheduledJobsPort jobs = emptyStorage().scheduledJobs();
        assertTrue(jobs.startRun(job, T0, HOUR), "the first run");
        assertFalse(jobs.startRun(job, T0.plusSeconds(1), HOUR));
        assertFalse(jobs.startRun(job, T0.plus(HOUR).minusMillis(1), HOUR));
        assertTrue(jobs.startRun(job, T0.plus(HOUR), HOUR), "a period later");
        assertFalse(jobs.startRun(job, T0.plus(HOUR).plusSeconds(1), HOUR));
        assertTrue(jobs.startRun("other-" + job, T0.plusSeconds(1), HOUR), "each job has its own period");
    }

    @Test
    void of_many_asking_at_once_exactly_one_runs() throws Exception {
        ScheduledJobsPort jobs = emptyStorage().scheduledJobs();
        for (Instant at : List.of(T0, T0.plus(HOUR))) {
            int callers = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return jobs.startRun(job, at, HOUR);
                    }));
                }
                start.countDown();
                int started = 0;
                for (Future<Boolean> answer : answers) {
                    started += answer.get() ? 1 : 0;
                }
                assertEquals(1, started, "runs started at " + at);
            } finally {
                // never interrupt a write in progress: an interrupted file channel closes H2's store
                pool.shutdown();
                pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }
}

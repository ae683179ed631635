package org.hrcities.platform.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Lets a periodic job run once per period across every process that shares the storage (the members
 * of a cluster): each process asks before a run, and exactly one of those asking within a period is told to go.
 * Called outside any transaction; each call is one of its own.
 */
public interface ScheduledJobsPort {

    /**
     * Records a run of {@code job} starting at {@code now} and answers true, unless a run of it started
     * less than {@code every} before {@code now} (then answers false and records nothing). Of several
     * callers at once, at most one is answered true.
     */
    boolean startRun(String job, Instant now, Duration every);
}

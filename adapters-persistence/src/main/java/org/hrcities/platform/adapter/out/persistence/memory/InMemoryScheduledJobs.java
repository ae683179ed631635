package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;

/** The runs of periodic jobs of one process: the memory adapter is never shared. */
final class InMemoryScheduledJobs implements ScheduledJobsPort {

    private final Map<String, Instant> lastStarted = new HashMap<>();

    @Override
    public synchronized boolean startRun(String job, Instant now, Duration every) {
        Instant last = lastStarted.get(job);
        if (last != null && last.plus(every).isAfter(now)) {
            return false;
        }
        lastStarted.put(job, now);
        return true;
    }
}

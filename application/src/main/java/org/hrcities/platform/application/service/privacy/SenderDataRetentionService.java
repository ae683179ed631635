package org.hrcities.platform.application.service.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hrcities.platform.application.port.in.privacy.ForgetOldSenderDataUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * Keeps the network addresses and user agents comments were sent with (and the network addresses of
 * data requests) for a configured number of days, then erases them (GDPR article 5(1)(e)), once per
 * {@link #EVERY} across the processes sharing the storage: in batches
 * of {@link #BATCH} rows, a transaction each, so that no run holds many rows locked at once.
 */
public class SenderDataRetentionService implements ForgetOldSenderDataUseCase {

    /** The job's name among the periodic jobs. */
    public static final String JOB = "sender-data-retention";
    /** Once per this period across every process sharing the storage. */
    public static final Duration EVERY = Duration.ofHours(1);
    /** Rows changed by one transaction at most. */
    public static final int BATCH = 500;
    /** The retention period unless configured otherwise (hrc.privacy.sender-data-days). */
    public static final int DEFAULT_DAYS = 30;

    private final CommentRepository comments;
    private final DataRequestRepository requests;
    private final ScheduledJobsPort jobs;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final Duration retention;
    private final int batch;

    public SenderDataRetentionService(CommentRepository comments, DataRequestRepository requests, ScheduledJobsPort jobs,
                                      TransactionPort transactions, ClockPort clock, int days) {
        this(comments, requests, jobs, transactions, clock, days, BATCH);
    }

    SenderDataRetentionService(CommentRepository comments, DataRequestRepository requests, ScheduledJobsPort jobs,
                               TransactionPort transactions, ClockPort clock, int days, int batch) {
        this.comments = Objects.requireNonNull(comments);
        this.requests = Objects.requireNonNull(requests);
        this.jobs = Objects.requireNonNull(jobs);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        if (days < 1) {
            throw new IllegalArgumentException("sender data is kept at least one day: " + days);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("a batch holds at least one row: " + batch);
        }
        this.retention = Duration.ofDays(days);
        this.batch = batch;
    }

    /** How long sender data is kept. */
    public Duration retention() {
        return retention;
    }

    /**
     * Runs unless another process (or this one) ran it less than {@link #EVERY} ago; answers how many
     * rows were changed, 0 when it was not this caller's turn.
     */
    @Override
    public int forgetOldSenderData() {
        Instant now = clock.now();
        if (!jobs.startRun(JOB, now, EVERY)) {
            return 0;
        }
        Instant before = now.minus(retention);
        int total = 0;
        int changed;
        do {
            changed = transactions.inTransaction(() -> comments.forgetSenderDataBefore(before, batch));
            total += changed;
        } while (changed == batch);
        do {
            changed = transactions.inTransaction(() -> requests.forgetSenderAddressesBefore(before, batch));
            total += changed;
        } while (changed == batch);
        return total;
    }
}

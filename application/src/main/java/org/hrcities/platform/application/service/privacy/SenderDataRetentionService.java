package org.hrcities.platform.application.service.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hrcities.platform.application.port.in.privacy.ForgetOldSenderDataUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * Keeps the network addresses and user agents comments were sent with (and the network addresses of
 * data requests) for a configured number of days, then erases them (GDPR article 5(1)(e)): in batches
 * of {@link #BATCH} rows, a transaction each, so that no run holds many rows locked at once.
 */
public class SenderDataRetentionService implements ForgetOldSenderDataUseCase {

    /** Rows changed by one transaction at most. */
    public static final int BATCH = 500;
    /** The retention period unless configured otherwise (hrc.privacy.sender-data-days). */
    public static final int DEFAULT_DAYS = 30;

    private final CommentRepository comments;
    private final DataRequestRepository requests;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final Duration retention;
    private final int batch;

    public SenderDataRetentionService(CommentRepository comments, DataRequestRepository requests,
                                      TransactionPort transactions, ClockPort clock, int days) {
        this(comments, requests, transactions, clock, days, BATCH);
    }

    SenderDataRetentionService(CommentRepository comments, DataRequestRepository requests, TransactionPort transactions,
                               ClockPort clock, int days, int batch) {
        this.comments = Objects.requireNonNull(comments);
        this.requests = Objects.requireNonNull(requests);
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

    @Override
    public int forgetOldSenderData() {
        Instant before = clock.now().minus(retention);
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

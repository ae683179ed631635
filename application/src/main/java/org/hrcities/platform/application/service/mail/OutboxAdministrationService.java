package org.hrcities.platform.application.service.mail;

import java.util.Objects;
import org.hrcities.platform.application.port.in.mail.ForgetSentMailUseCase;
import org.hrcities.platform.application.port.in.mail.ListOutgoingMailUseCase;
import org.hrcities.platform.application.port.in.mail.MailNotFailedException;
import org.hrcities.platform.application.port.in.mail.MailNotFoundException;
import org.hrcities.platform.application.port.in.mail.OutgoingMailList;
import org.hrcities.platform.application.port.in.mail.RetryMailUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.PageRequest;

/** What administrators do with the outbox (see it, send a failed message again), and its keeping. */
public class OutboxAdministrationService implements ListOutgoingMailUseCase, RetryMailUseCase, ForgetSentMailUseCase {

    static final String FORGET_JOB = "outbox-forget-sent";

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final ScheduledJobsPort jobs;

    public OutboxAdministrationService(OutboxRepository outbox, MailSettings settings, ScheduledJobsPort jobs,
                                       TransactionPort transactions, ClockPort clock) {
        this.jobs = Objects.requireNonNull(jobs);
        this.outbox = Objects.requireNonNull(outbox);
        this.settings = Objects.requireNonNull(settings);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public OutgoingMailList listOutgoingMail(DeliveryState state, PageRequest page) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(page, "page");
        return transactions.inTransaction(() -> new OutgoingMailList(state, outbox.findByState(state, page),
                outbox.countByState(), settings.enabled()));
    }

    @Override
    public void retryMail(MailId id) {
        transactions.inTransaction(() -> {
            OutgoingMail mail = outbox.findById(id).orElseThrow(() -> new MailNotFoundException(id));
            if (mail.state() != DeliveryState.FAILED) {
                throw new MailNotFailedException(id, mail.state());
            }
            mail.retry(clock.now());
            outbox.save(mail);
        });
    }

    @Override
    public int forgetSentMail() {
        java.time.Instant now = clock.now();
        if (!jobs.startRun(FORGET_JOB, now, java.time.Duration.ofHours(1))) {
            return 0;
        }
        return transactions.inTransaction(() -> outbox.deleteSentBefore(now.minus(KEPT)));
    }
}

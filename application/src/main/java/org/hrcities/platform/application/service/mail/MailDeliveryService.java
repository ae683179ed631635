package org.hrcities.platform.application.service.mail;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrcities.platform.application.port.in.mail.DeliverQueuedMailUseCase;
import org.hrcities.platform.application.port.in.mail.DeliveryRound;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.MailSenderPort;
import org.hrcities.platform.application.port.out.MailSenderPort.MailDeliveryException;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * The outbox's worker. It claims one due message at a time in a short transaction, sends it outside
 * any transaction, and stores the outcome in a transaction of its own right after the mail server
 * answered. So a process that dies between a commit and the sending loses nothing (its claim runs out
 * after the lease and the message is due again, for this process once restarted or for another) and
 * the only message that can go out twice is the one whose server's "accepted" came in the instant
 * before the process died, before its outcome was stored; it carries the same {@code Message-ID} both
 * times. Claiming one message at a time keeps the lease about one conversation with the server long.
 */
public class MailDeliveryService implements DeliverQueuedMailUseCase {

    /** How long a claim lasts unless said otherwise: longer than one conversation with the server (its time-outs are 20 s). */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(90);

    private static final Logger LOG = Logger.getLogger(MailDeliveryService.class.getName());

    private final OutboxRepository outbox;
    private final MailSenderPort sender;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final Duration lease;

    public MailDeliveryService(OutboxRepository outbox, MailSenderPort sender, TransactionPort transactions,
                               ClockPort clock) {
        this(outbox, sender, transactions, clock, DEFAULT_LEASE);
    }

    /** @param lease how long a claimed message waits, should this process die, before it is due again */
    public MailDeliveryService(OutboxRepository outbox, MailSenderPort sender, TransactionPort transactions,
                               ClockPort clock, Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease lasts a while");
        }
        this.lease = lease;
        this.outbox = Objects.requireNonNull(outbox);
        this.sender = Objects.requireNonNull(sender);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public DeliveryRound deliverDue(int maxMessages) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        while (sent + retrying + failed < maxMessages) {
            List<OutgoingMail> claimed = transactions.inTransaction(() -> outbox.claimDue(clock.now(), lease, 1));
            if (claimed.isEmpty()) {
                break;
            }
            for (OutgoingMail mail : claimed) {
                DeliveryState outcome = attempt(mail);
                switch (outcome) {
                    case SENT -> sent++;
                    case QUEUED -> retrying++;
                    case FAILED -> failed++;
                }
            }
        }
        return new DeliveryRound(sent, retrying, failed);
    }

    /** Sends one claimed message and stores how it went; answers its state after. */
    private DeliveryState attempt(OutgoingMail mail) {
        try {
            sender.send(mail.id(), mail.message());
            mail.delivered(clock.now());
        } catch (MailDeliveryException e) {
            mail.attemptFailed(clock.now(), e.getMessage(), e.permanent());
            LOG.log(e.permanent() || mail.state() == DeliveryState.FAILED ? Level.WARNING : Level.INFO,
                    () -> "mail " + mail.id() + " (" + mail.message().kind() + ") attempt " + mail.attempts()
                            + (mail.state() == DeliveryState.FAILED ? " failed, given up: " : " failed, tried again later: ")
                            + e.getMessage());
        } catch (RuntimeException e) {
            // a fault of the sender itself: counted as an attempt, so that one bad message cannot stop the rest
            mail.attemptFailed(clock.now(), e.getClass().getSimpleName() + ": " + e.getMessage(), false);
            LOG.log(Level.WARNING, "mail " + mail.id() + " could not be handed to the mail server", e);
        }
        try {
            transactions.inTransaction(() -> outbox.save(mail));
        } catch (ConcurrentUpdateException e) {
            // the claim ran out and another worker took the message: its outcome is the one kept
            LOG.warning(() -> "mail " + mail.id() + " was claimed again before its outcome was stored");
        }
        return mail.state();
    }
}

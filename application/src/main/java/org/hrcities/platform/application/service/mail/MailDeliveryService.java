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
 * The outbox's worker. It claims a few due messages in one short transaction, then sends them one by
 * one outside any transaction, storing each outcome in a transaction of its own right after the mail
 * server answered. So a process that dies between a commit and the sending loses nothing (the claim
 * runs out after {@link #LEASE} and the message is due again) and the only message that can go out
 * twice is the one whose server's "accepted" came in the instant before the process died, before its
 * outcome was stored; it carries the same {@code Message-ID} both times.
 */
public class MailDeliveryService implements DeliverQueuedMailUseCase {

    /** How long a claim lasts: far longer than one message's attempt (the sender's time-outs are 30 s). */
    public static final Duration LEASE = Duration.ofMinutes(3);
    /** Messages claimed at a time: few, so that a process that dies holds few of them back. */
    static final int CLAIM = 5;

    private static final Logger LOG = Logger.getLogger(MailDeliveryService.class.getName());

    private final OutboxRepository outbox;
    private final MailSenderPort sender;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public MailDeliveryService(OutboxRepository outbox, MailSenderPort sender, TransactionPort transactions,
                               ClockPort clock) {
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
            int room = Math.min(CLAIM, maxMessages - (sent + retrying + failed));
            List<OutgoingMail> claimed = transactions.inTransaction(() -> outbox.claimDue(clock.now(), LEASE, room));
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

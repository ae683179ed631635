package org.hrcities.platform.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.mail.DeliverQueuedMailUseCase;
import org.hrcities.platform.application.port.in.mail.DeliveryRound;
import org.hrcities.platform.application.port.in.mail.ForgetSentMailUseCase;
import org.hrcities.platform.application.port.in.notification.SendModerationDigestUseCase;

/**
 * Runs the outbox's worker: {@code hrc.mail.interval-seconds} (default 2) after the end of each round,
 * the first at start-up, so that mail queued before a crash goes out as soon as the site is back; and,
 * once a minute, the moderation digest and the forgetting of sent mail, which the storage lets run
 * once per period across instances.
 * Every instance runs it; the outbox's claims make each message go through one of them. Nothing runs
 * when the site sends no mail (no {@code hrc.smtp.host}).
 */
@ApplicationScoped
public class MailDelivery {

    static final String INTERVAL = "hrc.mail.interval-seconds";
    static final long DEFAULT_INTERVAL_SECONDS = 2;
    /** Messages one round attempts at most, so that a round ends and a stop is never kept waiting long. */
    static final int ROUND = 100;
    /**
     * How often each instance asks whether the moderation digest or forgetting sent mail is due: both
     * run once per period across instances (whole minutes for the digest, an hour for forgetting), so
     * asking the storage every delivery round would only cost it statements.
     */
    static final Duration HOUSEKEEPING = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    Config config;

    @Inject
    ApplicationWiring wiring;

    private PeriodicWork delivery;
    private PeriodicWork housekeeping;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long seconds = config.getOptionalValue(INTERVAL, Long.class).orElse(DEFAULT_INTERVAL_SECONDS);
        if (seconds < 1) {
            throw new IllegalArgumentException(INTERVAL + " must be 1 or more, not " + seconds);
        }
        wiring.mailDelivery().ifPresent(useCase -> start(useCase, wiring.moderationDigest(), wiring.forgetSentMail(),
                Duration.ofSeconds(seconds)));
    }

    /**
     * Starts a delivery round now and then {@code interval} after each round ends, and, beside it, asks
     * now and then every {@link #HOUSEKEEPING} whether the digest or forgetting sent mail is due.
     */
    synchronized void start(DeliverQueuedMailUseCase useCase, SendModerationDigestUseCase digest,
                            ForgetSentMailUseCase forget, Duration interval) {
        if (delivery != null) {
            throw new IllegalStateException("mail delivery runs already");
        }
        delivery = PeriodicWork.start("hrc-mail-delivery", Duration.ZERO, interval, () -> runOnce(useCase));
        housekeeping = PeriodicWork.start("hrc-mail-housekeeping", Duration.ZERO, HOUSEKEEPING, () -> {
            runDigest(digest);
            forget(forget);
        });
        LOG.info(() -> "mail delivery every " + interval.toSeconds() + " s");
    }

    /** Queues the moderation digest when one is due (the storage says whether another instance sent it); never throws. */
    static void runDigest(SendModerationDigestUseCase digest) {
        try {
            int queued = digest.sendModerationDigest();
            if (queued > 0) {
                LOG.info(() -> "mail: moderation digest queued for " + queued + " staff address(es)");
            }
        } catch (StorageUnavailableException e) {
            LOG.fine(() -> "moderation digest skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "moderation digest failed; trying again at the next round", e);
        }
    }

    /** Forgets the messages sent more than 30 days ago, once an hour across instances; never throws. */
    static void forget(ForgetSentMailUseCase forget) {
        try {
            int forgotten = forget.forgetSentMail();
            if (forgotten > 0) {
                LOG.info(() -> "mail: forgot " + forgotten + " message(s) sent more than 30 days ago");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "forgetting sent mail failed; trying again later", e);
        }
    }

    /** One round; never throws, since an exception would cancel every later round. */
    static void runOnce(DeliverQueuedMailUseCase useCase) {
        try {
            DeliveryRound round;
            do {
                round = useCase.deliverDue(ROUND);
                DeliveryRound done = round;
                if (done.attempted() > 0) {
                    LOG.info(() -> "mail: " + done.sent() + " sent, " + done.retrying() + " to be tried again, "
                            + done.failed() + " given up");
                }
            } while (round.attempted() == ROUND && !Thread.currentThread().isInterrupted());
        } catch (StorageUnavailableException e) {
            LOG.fine(() -> "mail delivery skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail delivery failed; trying again at the next round", e);
        }
    }

    /** Stops both, letting a running round finish for a few seconds. */
    @PreDestroy
    synchronized void stop() {
        if (delivery != null) {
            delivery.stop();
            housekeeping.stop();
            delivery = null;
            housekeeping = null;
        }
    }
}

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
import org.hrcities.platform.application.port.in.privacy.ForgetOldSenderDataUseCase;

/**
 * Erases comments' network addresses and user agents once they are older than
 * {@code hrc.privacy.sender-data-days} (decision 0041). Every process asks every
 * {@code hrc.privacy.retention-check-minutes} (default 10) from a minute after start-up; the use case
 * runs the erasure once per hour across every process that shares the storage (the storage's record
 * of periodic jobs says whose turn it is), in batches of a bounded size.
 * <p>
 * Run by {@link PeriodicWork}, as {@link ScheduledPublication}: a failing run is logged and the next
 * one still comes.
 */
@ApplicationScoped
public class SenderDataRetentionJob {

    static final String CHECK_MINUTES = "hrc.privacy.retention-check-minutes";
    static final long DEFAULT_CHECK_MINUTES = 10;

    private static final Logger LOG = Logger.getLogger(SenderDataRetentionJob.class.getName());

    @Inject
    Config config;

    @Inject
    ApplicationWiring wiring;

    private PeriodicWork work;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long minutes = config.getOptionalValue(CHECK_MINUTES, Long.class).orElse(DEFAULT_CHECK_MINUTES);
        if (minutes < 1) {
            throw new IllegalArgumentException(CHECK_MINUTES + " must be 1 or more, not " + minutes);
        }
        start(wiring.senderDataRetention(), Duration.ofMinutes(1), Duration.ofMinutes(minutes));
    }

    /** Starts asking the use case after {@code delay}, then {@code interval} after each run ends. */
    synchronized void start(ForgetOldSenderDataUseCase useCase, Duration delay, Duration interval) {
        if (work != null) {
            throw new IllegalStateException("the retention job runs already");
        }
        work = PeriodicWork.start("hrc-sender-data-retention", delay, interval, () -> runOnce(useCase));
    }

    /** One run; never throws, since an exception would cancel every later run. */
    static int runOnce(ForgetOldSenderDataUseCase useCase) {
        try {
            int erased = useCase.forgetOldSenderData();
            if (erased > 0) {
                LOG.info(() -> "erased the network address and user agent of " + erased + " item(s) past their retention");
            }
            return erased;
        } catch (StorageUnavailableException e) {
            LOG.fine(() -> "sender data retention skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sender data retention failed; trying again at the next run", e);
        }
        return 0;
    }

    /** Stops the checks, letting a running erasure finish its batch for a few seconds. */
    @PreDestroy
    synchronized void stop() {
        if (work != null) {
            work.stop();
            work = null;
        }
    }

    synchronized boolean running() {
        return work != null;
    }
}

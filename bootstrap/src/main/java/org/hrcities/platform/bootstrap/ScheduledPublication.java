package org.hrcities.platform.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.authoring.PublishDuePostsUseCase;

/**
 * Publishes the scheduled posts whose time has come: from start-up (at once, for posts that fell due
 * while the site was down) and then every {@code hrc.scheduler.interval-seconds} (default 5) after
 * the previous run ended. Until a due post is published, readers already find it at its address
 * (the reading use case treats it as published); lists and feeds show it from the next run on, which
 * tells the page store that the content changed (so the pages' {@code Last-Modified} moves on too).
 *
 * <p>Run by {@link PeriodicWork}, stopped when the application stops. A failing run is logged and the
 * next one still comes.
 */
@ApplicationScoped
public class ScheduledPublication {

    static final String INTERVAL = "hrc.scheduler.interval-seconds";
    static final long DEFAULT_INTERVAL_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());

    @Inject
    Config config;

    @Inject
    PublishDuePostsUseCase publishDuePosts;

    @Inject
    PageCache pageCache;

    private PeriodicWork work;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long seconds = config.getOptionalValue(INTERVAL, Long.class).orElse(DEFAULT_INTERVAL_SECONDS);
        if (seconds < 1) {
            throw new IllegalArgumentException(INTERVAL + " must be 1 or more, not " + seconds);
        }
        start(publishDuePosts, Duration.ofSeconds(seconds), () -> pageCache.changed(EnumSet.of(Change.CONTENT)));
    }

    /** Starts calling the use case now and then {@code interval} after each run ends. */
    synchronized void start(PublishDuePostsUseCase useCase, Duration interval) {
        start(useCase, interval, () -> { });
    }

    /** The same, calling {@code published} after each run that published something. */
    synchronized void start(PublishDuePostsUseCase useCase, Duration interval, Runnable published) {
        if (work != null) {
            throw new IllegalStateException("the scheduler runs already");
        }
        work = PeriodicWork.start("hrc-scheduled-publication", Duration.ZERO, interval,
                () -> runOnce(useCase, published));
        LOG.info(() -> "scheduled publication every " + interval.toSeconds() + " s");
    }

    /** One run; never throws, since an exception would cancel every later run. */
    static void runOnce(PublishDuePostsUseCase useCase, Runnable onPublished) {
        try {
            int published = useCase.publishDuePosts();
            if (published > 0) {
                LOG.info(() -> "published " + published + " scheduled post(s) whose time had come");
                onPublished.run();
            }
        } catch (StorageUnavailableException e) {
            // the storage says so itself (readiness, 503s): one quiet line, no stack trace every few seconds
            LOG.fine(() -> "scheduled publication skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled publication failed; trying again at the next run", e);
        }
    }

    /** Stops the runs, letting a running one finish for a few seconds. */
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

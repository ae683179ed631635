package org.hrcities.platform.adapter.out.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.ImportLedgerPort;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageBackupPort;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * Opens a storage adapter so that the site can start while its database cannot be reached, and
 * become ready by itself when it can.
 *
 * <p>The first attempt is made at once. When it succeeds, {@link #storage()} is the adapter itself and
 * nothing else happens. When the storage answers {@link StorageUnavailableException} (down, refusing the
 * login, missing, locked, or a migration failed), {@link #storage()} is a stand-in whose ports throw that
 * exception with the reason (so the site answers 503) until a later attempt, every {@code retryEvery},
 * opens the adapter; from then on the stand-in forwards every call to it. The preparations handed to
 * {@link #whenOpen} (loading demo content, opening the first administrator) run right after opening,
 * and again at the next attempt if the storage failed them; the storage counts as ready when they have all run.
 */
public final class StorageOpener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StorageOpener.class.getName());

    private final Supplier<StorageAdapter> opening;
    private final Duration retryEvery;
    private final List<Runnable> preparations = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private volatile StorageAdapter opened;
    private volatile boolean ready;
    private volatile String problem;
    private StorageAdapter storage;
    private ScheduledExecutorService retries;

    private StorageOpener(Supplier<StorageAdapter> opening, Duration retryEvery) {
        this.opening = opening;
        this.retryEvery = retryEvery;
    }

    /**
     * Tries to open the storage now; when it is unavailable, keeps trying every {@code retryEvery} on a
     * thread of its own. Any other failure (a setting that can never work) is thrown.
     */
    public static StorageOpener open(Supplier<StorageAdapter> opening, Duration retryEvery) {
        Objects.requireNonNull(opening, "opening");
        if (retryEvery.isNegative() || retryEvery.isZero()) {
            throw new IllegalArgumentException("retryEvery must be positive");
        }
        StorageOpener opener = new StorageOpener(opening, retryEvery);
        opener.start();
        return opener;
    }

    private synchronized void start() {
        try {
            opened = opening.get();
            storage = opened;
            ready = true;
        } catch (StorageUnavailableException e) {
            problem = e.getMessage();
            storage = standIn();
            LOG.warning(() -> "the storage cannot be opened yet: " + problem + "; the site answers 503 and tries again every "
                    + retryEvery.toMillis() + " ms");
            retries = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "hrc-storage-opener");
                thread.setDaemon(true);
                return thread;
            });
            retries.scheduleWithFixedDelay(this::attempt, retryEvery.toMillis(), retryEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The storage to wire the services to: the adapter, or a stand-in for it until it opens. */
    public synchronized StorageAdapter storage() {
        return storage;
    }

    /**
     * Runs {@code preparation} now when the storage is open, otherwise right after it opens. Run now,
     * its exceptions reach the caller; run later, a {@link StorageUnavailableException} makes the next
     * attempt run it again, and any other failure is logged and keeps the storage not ready.
     */
    public synchronized void whenOpen(Runnable preparation) {
        if (retries == null) {
            preparation.run();
        } else {
            preparations.add(preparation);
        }
    }

    /** Whether the storage opened and every preparation ran. */
    public boolean ready() {
        return ready;
    }

    /** Why the storage is not ready, when it is not. */
    public Optional<String> problem() {
        return ready ? Optional.empty() : Optional.ofNullable(problem);
    }

    /** Checks the open storage with a real question; throws {@link StorageUnavailableException} when it is not ready. */
    public void check() {
        StorageAdapter current = opened;
        if (current == null || !ready) {
            throw unavailable();
        }
        current.check();
    }

    /** The schema version of the open storage, when it is open. */
    public Optional<String> schemaVersion() {
        StorageAdapter current = opened;
        return current == null ? Optional.empty() : Optional.of(current.schemaVersion());
    }

    /** The flood control kept in the open storage, where it keeps one; unavailable until it opens. */
    Optional<FloodControlPort> floodControl() {
        StorageAdapter current = opened;
        if (current == null) {
            throw unavailable();
        }
        return current.floodControl();
    }

    /** The connection pool of the open storage, when it is open and has one. */
    public Optional<PoolFigures> pool() {
        StorageAdapter current = opened;
        return current == null ? Optional.empty() : current.pool();
    }

    /** One attempt of the retry thread: open, then prepare; stops the retries once ready. */
    synchronized void attempt() {
        if (retries == null || ready) {
            return;
        }
        if (opened == null) {
            try {
                opened = opening.get();
            } catch (StorageUnavailableException e) {
                noteProblem(e.getMessage());
                return;
            } catch (RuntimeException e) {
                noteProblem("the storage could not be opened: " + e);
                return;
            }
            LOG.info(() -> String.format("the storage opened %.1f s after the start", seconds()));
        }
        while (!preparations.isEmpty()) {
            try {
                preparations.get(0).run();
                preparations.remove(0);
            } catch (StorageUnavailableException e) {
                noteProblem(e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (!("preparing the site failed: " + e).equals(problem)) {
                    LOG.log(Level.SEVERE, "preparing the site failed; trying again", e);
                }
                problem = "preparing the site failed: " + e;
                return;
            }
        }
        ready = true;
        problem = null;
        retries.shutdown();
        LOG.info(() -> String.format("the site is ready, %.1f s after the start", seconds()));
    }

    private double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void noteProblem(String now) {
        if (!Objects.equals(now, problem)) {
            LOG.warning(() -> "the storage cannot be opened yet: " + now);
        }
        problem = now;
    }

    private StorageUnavailableException unavailable() {
        String why = problem;
        return new StorageUnavailableException("the storage is not ready: " + (why == null ? "starting" : why), null);
    }

    /** Stops trying and closes the storage if it opened. */
    @Override
    public synchronized void close() {
        if (retries != null) {
            retries.shutdownNow();
        }
        if (opened != null) {
            opened.close();
        }
    }

    /** The ports of the adapter to come: each call goes to the open adapter, or fails with the reason it is not open. */
    private StorageAdapter standIn() {
        return new StandIn(this, forward(PostRepository.class, StorageAdapter::posts),
                forward(CommentRepository.class, StorageAdapter::comments),
                forward(PartnerCityRepository.class, StorageAdapter::cities),
                forward(EventRepository.class, StorageAdapter::events),
                forward(TopicRepository.class, StorageAdapter::topics),
                forward(SitePageRepository.class, StorageAdapter::pages),
                forward(MediaRepository.class, StorageAdapter::media),
                forward(MediaContentPort.class, StorageAdapter::mediaContent),
                forward(ImportLedgerPort.class, StorageAdapter::importLedger),
                forward(AccountRepository.class, StorageAdapter::accounts),
                forward(DiscussionSettingsRepository.class, StorageAdapter::discussionSettings),
                forward(ModerationLogRepository.class, StorageAdapter::moderationLog),
                forward(OutboxRepository.class, StorageAdapter::outbox),
                forward(MailSubscriberRepository.class, StorageAdapter::mailSubscribers),
                forward(ScheduledJobsPort.class, StorageAdapter::scheduledJobs),
                forward(SiteKeyPort.class, StorageAdapter::siteKeys),
                forward(CommentReportRepository.class, StorageAdapter::commentReports),
                forward(TransactionPort.class, StorageAdapter::transactions),
                forward(StorageBackupPort.class, StorageAdapter::backups),
                forward(DataRequestRepository.class, StorageAdapter::dataRequests),
                forward(PostSearchPort.class, StorageAdapter::postSearch));
    }

    private <T> T forward(Class<T> port, Function<StorageAdapter, T> of) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "stand-in for the " + port.getSimpleName() + " of the storage to come";
                };
            }
            StorageAdapter current = opened;
            if (current == null) {
                throw unavailable();
            }
            try {
                return method.invoke(of.apply(current), arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    private record StandIn(StorageOpener opener, PostRepository posts, CommentRepository comments,
                           PartnerCityRepository cities, EventRepository events, TopicRepository topics, SitePageRepository pages,
                           MediaRepository media, MediaContentPort mediaContent, ImportLedgerPort importLedger,
                           AccountRepository accounts,
                           DiscussionSettingsRepository discussionSettings, ModerationLogRepository moderationLog,
                           OutboxRepository outbox, MailSubscriberRepository mailSubscribers, ScheduledJobsPort scheduledJobs, SiteKeyPort siteKeys,
                           CommentReportRepository commentReports,
                           TransactionPort transactions, StorageBackupPort backups,
                           DataRequestRepository dataRequests,
                           PostSearchPort postSearch) implements StorageAdapter {

        @Override
        public void check() {
            opener.check();
        }

        @Override
        public String schemaVersion() {
            return opener.schemaVersion().orElse("none");
        }

        @Override
        public Optional<PoolFigures> pool() {
            return opener.pool();
        }

        @Override
        public Optional<FloodControlPort> floodControl() {
            return opener.floodControl();
        }

        @Override
        public void close() {
            opener.close();
        }
    }
}

package org.hrcities.platform.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.adapter.in.web.cache.PageStoreEvents;
import org.hrcities.platform.adapter.out.persistence.PoolEvents;
import org.hrcities.platform.adapter.out.persistence.PoolFigures;
import org.hrcities.platform.adapter.out.persistence.StorageOpener;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The site's figures for a maintainer to graph, in MicroProfile Metrics' application registry: Payara
 * Micro serves them at {@code /metrics?scope=application} in Prometheus' text format (a name such as
 * {@code hrc.requests} becomes {@code hrc_requests_total}). Each is described in docs/operations.md
 * ("Metrics"), in one table; the names are the constants below.
 * <p>
 * The counting is done here and in the classes this hands counters to ({@link RequestOutcomeFilter},
 * {@link CountedCommentSubmission}), from what the adapters tell through plain interfaces
 * ({@link PageStoreEvents}, {@link PoolEvents}) and figures ({@link PageCache#storedBytes()},
 * {@link PoolFigures}): no other module knows of MicroProfile Metrics. Every counter, with every value
 * of its tags, exists from the start at zero. No tag holds anything a visitor typed: no path, address
 * or email.
 */
@ApplicationScoped
public class SiteMetrics {

    static final String REQUESTS = "hrc.requests";
    static final String COMMENTS_ARRIVED = "hrc.comments.arrived";
    static final String MODERATION_QUEUE = "hrc.moderation.queue";
    static final String PAGE_STORE_READS = "hrc.page_store.reads";
    static final String PAGE_STORE_EVICTIONS = "hrc.page_store.evictions";
    static final String PAGE_STORE_SIZE = "hrc.page_store.size";
    static final String PAGE_STORE_ANSWERS = "hrc.page_store.answers";
    static final String POOL_CONNECTIONS = "hrc.db.pool.connections";
    static final String POOL_MAX = "hrc.db.pool.max";
    static final String POOL_WAITING = "hrc.db.pool.waiting";
    static final String POOL_REQUESTS = "hrc.db.pool.requests";
    static final String POOL_WAIT = "hrc.db.pool.wait";
    static final String POOL_TIMEOUTS = "hrc.db.pool.timeouts";

    /** How long the moderation queue's length is kept before the storage is asked again. */
    static final long QUEUE_MAX_AGE_NANOS = 1_000_000_000L;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private Counter[] requests;
    private Counter[] commentsArrived;
    private PageStoreEvents pageStoreEvents;
    private PoolEvents poolEvents;

    @PostConstruct
    void registerCounters() {
        requests = new Counter[RequestOutcomeFilter.SURFACES.size() * RequestOutcomeFilter.OUTCOMES.size()];
        Metadata requestsMetadata = metadata(REQUESTS, "Requests the application answered, by surface (site, api, "
                + "admin) and class of status (2xx, 3xx, 4xx, 5xx), the page store's answers among them", MetricUnits.NONE);
        for (int surface = 0; surface < RequestOutcomeFilter.SURFACES.size(); surface++) {
            for (int outcome = 0; outcome < RequestOutcomeFilter.OUTCOMES.size(); outcome++) {
                requests[surface * RequestOutcomeFilter.OUTCOMES.size() + outcome] = registry.counter(requestsMetadata,
                        new Tag("surface", RequestOutcomeFilter.SURFACES.get(surface)),
                        new Tag("outcome", RequestOutcomeFilter.OUTCOMES.get(outcome)));
            }
        }

        CountedCommentSubmission.Verdict[] verdicts = CountedCommentSubmission.Verdict.values();
        commentsArrived = new Counter[verdicts.length];
        Metadata arrivedMetadata = metadata(COMMENTS_ARRIVED, "Comments sent by visitors, by verdict: held for "
                + "moderation, approved or judged spam by the rules on arrival, or refused as a flood (429) or a "
                + "duplicate (409)", MetricUnits.NONE);
        for (CountedCommentSubmission.Verdict verdict : verdicts) {
            commentsArrived[verdict.ordinal()] = registry.counter(arrivedMetadata, new Tag("verdict", verdict.tag()));
        }

        Metadata readsMetadata = metadata(PAGE_STORE_READS, "Plain reads of public pages and API answers, by result: "
                + "hit, answered from the rendered-page store; miss, made by the resource", MetricUnits.NONE);
        Counter hits = registry.counter(readsMetadata, new Tag("result", "hit"));
        Counter misses = registry.counter(readsMetadata, new Tag("result", "miss"));
        Counter evictions = registry.counter(metadata(PAGE_STORE_EVICTIONS,
                "Stored answers dropped to keep the rendered-page store within its budget of bytes", MetricUnits.NONE));
        pageStoreEvents = new PageStoreEvents() {
            @Override
            public void hit() {
                hits.inc();
            }

            @Override
            public void miss() {
                misses.inc();
            }

            @Override
            public void evicted() {
                evictions.inc();
            }
        };

        Counter poolRequests = registry.counter(metadata(POOL_REQUESTS,
                "Requests for a database connection, answered or timed out", MetricUnits.NONE));
        Counter poolWait = registry.counter(metadata(POOL_WAIT,
                "Time the requests for a database connection waited, in all", MetricUnits.NANOSECONDS));
        Counter poolTimeouts = registry.counter(metadata(POOL_TIMEOUTS, "Requests for a database connection that got "
                + "none within hrc.db.connect-timeout-ms (answered 503)", MetricUnits.NONE));
        poolEvents = new PoolEvents() {
            @Override
            public void waited(long nanos) {
                poolRequests.inc();
                poolWait.inc(Math.max(0, nanos));
            }

            @Override
            public void timedOut() {
                poolTimeouts.inc();
            }
        };
    }

    /**
     * Registers the figures read when scraped, once the application has started: the page store's size,
     * the moderation queue's length and, on a database, its pool.
     */
    void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object started, PageCache pageStore,
                        ApplicationWiring wiring, ListCommentsForModerationUseCase moderation) {
        registry.gauge(metadata(PAGE_STORE_SIZE, "Bytes the answers in the rendered-page store weigh (its budget is "
                + "24 MiB)", MetricUnits.BYTES), pageStore::storedBytes);
        registry.gauge(metadata(PAGE_STORE_ANSWERS, "Answers in the rendered-page store", MetricUnits.NONE),
                pageStore::storedAnswers);

        ReadinessChecks.Kept<Double> queue = new ReadinessChecks.Kept<>(() -> pendingComments(moderation),
                System::nanoTime, QUEUE_MAX_AGE_NANOS);
        registry.gauge(metadata(MODERATION_QUEUE, "Comments pending moderation (read from the storage at most once "
                + "a second; NaN while the storage is unavailable)", MetricUnits.NONE), queue::get);

        if (wiring.storageSettings().kind() == StorageSettings.Kind.JPA) {
            StorageOpener storage = wiring.storage();
            Metadata connections = metadata(POOL_CONNECTIONS, "Database connections open now, by state: active "
                    + "(lent to a request) or idle", MetricUnits.NONE);
            registry.gauge(connections, () -> poolFigure(storage, PoolFigures::active), new Tag("state", "active"));
            registry.gauge(connections, () -> poolFigure(storage, PoolFigures::idle), new Tag("state", "idle"));
            int max = wiring.storageSettings().jpa().maxPoolSize();
            registry.gauge(metadata(POOL_MAX, "Database connections the pool may open at most (hrc.db.pool-size)",
                    MetricUnits.NONE), () -> max);
            registry.gauge(metadata(POOL_WAITING, "Requests waiting for a database connection now", MetricUnits.NONE),
                    () -> poolFigure(storage, PoolFigures::waiting));
        }
    }

    /** The counters of {@link RequestOutcomeFilter}, by its {@link RequestOutcomeFilter#index}. */
    Counter[] requestCounters() {
        return requests.clone();
    }

    /** The counters of {@link CountedCommentSubmission}, by the order of its verdicts. */
    Counter[] commentArrivalCounters() {
        return commentsArrived.clone();
    }

    /** What the storage's connection pool tells, counted. */
    PoolEvents poolEvents() {
        return poolEvents;
    }

    /** What the rendered-page store tells, counted: the container hands it to {@link PageCache}. */
    @Produces
    PageStoreEvents pageStoreEvents() {
        return pageStoreEvents;
    }

    /** The length of the moderation queue now, or NaN when the storage cannot say. */
    static double pendingComments(ListCommentsForModerationUseCase moderation) {
        try {
            return moderation.listCommentsForModeration(ListCommentsForModerationQuery.pending(PageRequest.first(1)))
                    .countsByStatus().get(ModerationStatus.PENDING);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** One figure of the pool, or 0 while the storage is not open (there is no pool then). */
    static int poolFigure(StorageOpener storage, ToIntFunction<PoolFigures> figure) {
        return storage.pool().map(figure::applyAsInt).orElse(0);
    }

    private static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    }
}

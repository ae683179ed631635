package org.hrcities.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hrcities.platform.adapter.out.persistence.StorageOpener;
import org.hrcities.platform.application.port.StorageUnavailableException;

/**
 * What {@code GET /health/ready} (MicroProfile Health, served by Payara Micro) checks: {@code storage},
 * a real query through the pool, {@code migrations}, that the schema was brought up to date, and
 * {@code cluster}, that a cluster member runs the data grid with the other members it can reach (a
 * single instance is always up there, with no members). A
 * failing check is DOWN with its reason in {@code data.reason}, and the endpoint answers 503. The
 * answers are kept for at most {@link #MAX_AGE_NANOS} so that a probe every few milliseconds costs the
 * database one query a second. Neither names a password, a URL or a stack trace.
 */
@ApplicationScoped
public class ReadinessChecks {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    @Inject
    ApplicationWiring wiring;

    @Inject
    ClusterMembership cluster;

    private final Kept<HealthCheckResponse> storage = new Kept<>(this::checkStorage, System::nanoTime);
    private final Kept<HealthCheckResponse> migrations = new Kept<>(this::checkMigrations, System::nanoTime);
    private final Kept<HealthCheckResponse> membership = new Kept<>(this::checkCluster, System::nanoTime);

    @Produces
    @Readiness
    HealthCheck storageCheck() {
        return storage::get;
    }

    @Produces
    @Readiness
    HealthCheck migrationsCheck() {
        return migrations::get;
    }

    @Produces
    @Readiness
    HealthCheck clusterCheck() {
        return membership::get;
    }

    private HealthCheckResponse checkCluster() {
        List<String> configured = cluster.configuredMembers();
        if (configured.isEmpty()) {
            return HealthCheckResponse.named("cluster").up().withData("members", "none: a single instance").build();
        }
        try {
            return cluster.grid()
                    .map(grid -> {
                        List<String> members = ClusterMembership.members(grid);
                        return HealthCheckResponse.named("cluster").up().withData("members", members.size())
                                .withData("member addresses", String.join(",", members))
                                .withData("configured members", configured.size()).build();
                    })
                    .orElseGet(() -> HealthCheckResponse.named("cluster").down()
                            .withData("reason", "the data grid is not running").build());
        } catch (NamingException | RuntimeException e) {
            return HealthCheckResponse.named("cluster").down()
                    .withData("reason", "the data grid cannot be reached: " + e.getClass().getSimpleName()).build();
        }
    }

    private HealthCheckResponse checkStorage() {
        StorageOpener opener = wiring.storage();
        long started = System.nanoTime();
        try {
            opener.check();
            return HealthCheckResponse.named("storage").up()
                    .withData("answered in ms", (System.nanoTime() - started) / 1_000_000).build();
        } catch (StorageUnavailableException e) {
            return HealthCheckResponse.named("storage").down().withData("reason", e.getMessage()).build();
        }
    }

    private HealthCheckResponse checkMigrations() {
        StorageOpener opener = wiring.storage();
        return opener.schemaVersion()
                .map(version -> HealthCheckResponse.named("migrations").up().withData("schema version", version).build())
                .orElseGet(() -> HealthCheckResponse.named("migrations").down()
                        .withData("reason", "not run: " + opener.problem().orElse("the storage is opening")).build());
    }

    /**
     * One check's last answer, asked again when it is older than {@link #MAX_AGE_NANOS} (or the age
     * given); the metrics keep the moderation queue's length the same way.
     */
    static final class Kept<T> {

        private final Supplier<T> check;
        private final LongSupplier nanoClock;
        private final long maxAgeNanos;
        private T answer;
        private long answeredAt;

        Kept(Supplier<T> check, LongSupplier nanoClock) {
            this(check, nanoClock, MAX_AGE_NANOS);
        }

        Kept(Supplier<T> check, LongSupplier nanoClock, long maxAgeNanos) {
            this.check = check;
            this.nanoClock = nanoClock;
            this.maxAgeNanos = maxAgeNanos;
        }

        synchronized T get() {
            if (answer == null || nanoClock.getAsLong() - answeredAt >= maxAgeNanos) {
                answer = check.get();
                answeredAt = nanoClock.getAsLong();
            }
            return answer;
        }
    }
}

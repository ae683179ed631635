package org.hrcities.platform.adapter.in.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The revisions of one running site, in its memory: right for a single instance (see {@link RevisionSource}). */
@ApplicationScoped
public class LocalRevisions implements RevisionSource {

    private final AtomicLongArray revisions = new AtomicLongArray(Change.values().length);
    private final AtomicReferenceArray<Instant> times = new AtomicReferenceArray<>(Change.values().length);
    private final Clock clock;

    public LocalRevisions() {
        this(Clock.systemUTC());
    }

    public LocalRevisions(Clock clock) {
        this.clock = clock;
        Instant started = now();
        for (Change change : Change.values()) {
            times.set(change.ordinal(), started);
        }
    }

    @Override
    public long revision(Change change) {
        return revisions.get(change.ordinal());
    }

    @Override
    public Instant changedAt(Change change) {
        return times.get(change.ordinal());
    }

    @Override
    public void advance(Set<Change> changes) {
        Instant now = now();
        for (Change change : changes) {
            times.set(change.ordinal(), now);
            revisions.incrementAndGet(change.ordinal());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}

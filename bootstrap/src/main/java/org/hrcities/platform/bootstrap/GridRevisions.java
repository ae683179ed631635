package org.hrcities.platform.bootstrap;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.RevisionSource;

/**
 * The page store's revisions shared by the members of a cluster, through a map of the data grid
 * ({@value #MAP}, one entry per {@link Change}).
 * <p>
 * A revision is any value that differs from the one before it (the store only asks whether the
 * revision a page was made at is still the current one), so moving one on is a single write of a
 * fresh random value and the time of the change, with no read before it. Every member keeps the
 * current values in its own memory, so that a page view asks nothing of the grid: the member that
 * made the change takes its new value at once, and the others from the map's events, which the grid
 * delivers for one key in the order of its writes, so every member ends at the last value written.
 * A member that joins listens first, then puts a first value in for each change with
 * {@code putIfAbsent}, which answers the value already there (the first member's start time is then
 * every member's time of the last change); a value an event brought meanwhile is kept. The grid keeps
 * a backup of each entry on another member: the times, and so the pages' {@code Last-Modified},
 * survive the restart of any one member.
 * <p>
 * A change of {@link Change#CONTENT} is written at once. {@link Change#ARRIVALS} moves on with every
 * comment held for moderation, hundreds of times a second under load, and only the counts of comments
 * received depend on it: its revision is written at most once per {@link #ARRIVALS_INTERVAL} (the
 * latest one; any content change takes a waiting one along), which saves the grid a write, a backup and
 * an event to every member for nearly every comment.
 */
final class GridRevisions implements RevisionSource {

    static final String MAP = "hrc-page-revisions";

    /** At most this often, the revision of {@link Change#ARRIVALS} is written. */
    static final Duration ARRIVALS_INTERVAL = Duration.ofMillis(50);

    /** Each value: the revision, and the time of the change in milliseconds since the epoch (whole seconds). */
    private final IMap<String, long[]> shared;
    private final AtomicReferenceArray<Revision> current = new AtomicReferenceArray<>(Change.values().length);
    /** Revisions made here and not written to the grid yet. */
    private final AtomicReferenceArray<Revision> unsent = new AtomicReferenceArray<>(Change.values().length);
    /**
     * Writes them, one at a time and in order, off the request that made the change: a member that does
     * not answer (stopped, cut off) must not hold that request, and the others' stored pages are a second
     * old at most meanwhile. (Hazelcast's own asynchronous write would run its completion on a thread
     * started for it on a machine of two cores, whose common pool has one thread.)
     */
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "hrc-page-revisions");
        thread.setDaemon(true);
        return thread;
    });
    private final long arrivalsIntervalNanos;
    /** Whether a write is scheduled for revisions of arrivals that wait for their interval. */
    private final AtomicBoolean arrivalsScheduled = new AtomicBoolean();
    /** When the last write began, by {@link System#nanoTime()}; written by the writer thread only. */
    private volatile long lastSend;

    private record Revision(long value, Instant at) {

        static Revision of(long[] stored) {
            return new Revision(stored[0], Instant.ofEpochMilli(stored[1]));
        }

        long[] stored() {
            return new long[] {value, at.toEpochMilli()};
        }
    }

    GridRevisions(HazelcastInstance grid) {
        this(grid, ARRIVALS_INTERVAL);
    }

    /** @param arrivalsInterval how often, at most, the revision of {@link Change#ARRIVALS} is written */
    GridRevisions(HazelcastInstance grid, Duration arrivalsInterval) {
        arrivalsIntervalNanos = arrivalsInterval.toNanos();
        lastSend = System.nanoTime() - arrivalsIntervalNanos;
        shared = GridMaps.outsideTheApplication(grid, MAP);
        shared.addEntryListener(new Listener(), true);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Change change : Change.values()) {
            Revision first = new Revision(ThreadLocalRandom.current().nextLong(), started);
            long[] existing = shared.putIfAbsent(change.name(), first.stored());
            current.compareAndSet(change.ordinal(), null, existing == null ? first : Revision.of(existing));
        }
    }

    @Override
    public long revision(Change change) {
        return current.get(change.ordinal()).value;
    }

    @Override
    public Instant changedAt(Change change) {
        return current.get(change.ordinal()).at;
    }

    @Override
    public void advance(Set<Change> changes) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Change change : changes) {
            Revision next = new Revision(ThreadLocalRandom.current().nextLong(), now);
            current.set(change.ordinal(), next);
            unsent.set(change.ordinal(), next);
        }
        if (!changes.equals(Set.of(Change.ARRIVALS))) {
            writer.execute(this::send);
        } else if (arrivalsScheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastSend + arrivalsIntervalNanos - System.nanoTime());
            writer.schedule(() -> {
                arrivalsScheduled.set(false);
                send();
            }, wait, TimeUnit.NANOSECONDS);
        }
    }

    /** Writes the revisions not written yet, the latest of each change only: one write for many changes while the grid is slow. */
    private void send() {
        lastSend = System.nanoTime();
        for (Change change : Change.values()) {
            Revision next = unsent.getAndSet(change.ordinal(), null);
            if (next != null) {
                try {
                    shared.set(change.name(), next.stored());
                } catch (RuntimeException e) {
                    // the grid is going away or not answering: keep the value for the next write, unless a newer one came
                    unsent.compareAndSet(change.ordinal(), null, next);
                    return;
                }
            }
        }
    }

    /** Takes the values other members wrote (and this member's own, once more). */
    private final class Listener implements EntryAddedListener<String, long[]>, EntryUpdatedListener<String, long[]> {

        @Override
        public void entryAdded(EntryEvent<String, long[]> event) {
            take(event);
        }

        @Override
        public void entryUpdated(EntryEvent<String, long[]> event) {
            take(event);
        }

        private void take(EntryEvent<String, long[]> event) {
            current.set(Change.valueOf(event.getKey()).ordinal(), Revision.of(event.getValue()));
        }
    }
}

package org.hrcities.platform.bootstrap;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.RevisionSource;

/**
 * The page store's revisions shared by the members of a cluster, through a map of the data grid
 * ({@value #MAP}, one entry per {@link Change}).
 * <p>
 * A revision is any value that differs from the one before it (the store only asks whether the
 * revision a page was made at is still the current one), so moving one on is a single write of a
 * fresh random value, with no read before it. Every member keeps the current values in its own
 * memory, so that a page view asks nothing of the grid: the member that made the change takes its
 * new value at once, and the others from the map's events, which the grid delivers for one key in the
 * order of its writes, so every member ends at the last value written. A member that joins reads the
 * map once, keeping what events brought meanwhile.
 */
final class GridRevisions implements RevisionSource {

    static final String MAP = "hrc-page-revisions";

    private final IMap<String, Long> shared;
    private final AtomicLongArray current = new AtomicLongArray(Change.values().length);
    private final AtomicLongArray heard = new AtomicLongArray(Change.values().length);

    GridRevisions(HazelcastInstance grid) {
        shared = grid.getMap(MAP);
        shared.addEntryListener(new Listener(), true);
        Set<String> keys = Arrays.stream(Change.values()).map(Change::name).collect(Collectors.toSet());
        for (Map.Entry<String, Long> entry : shared.getAll(keys).entrySet()) {
            int index = Change.valueOf(entry.getKey()).ordinal();
            if (heard.get(index) == 0 && entry.getValue() != null) {
                current.set(index, entry.getValue());
            }
        }
    }

    @Override
    public long revision(Change change) {
        return current.get(change.ordinal());
    }

    @Override
    public void advance(Set<Change> changes) {
        for (Change change : changes) {
            long next = ThreadLocalRandom.current().nextLong();
            current.set(change.ordinal(), next);
            shared.set(change.name(), next);
        }
    }

    /** Takes the values other members wrote (and this member's own, once more). */
    private final class Listener implements EntryAddedListener<String, Long>, EntryUpdatedListener<String, Long> {

        @Override
        public void entryAdded(EntryEvent<String, Long> event) {
            take(event);
        }

        @Override
        public void entryUpdated(EntryEvent<String, Long> event) {
            take(event);
        }

        private void take(EntryEvent<String, Long> event) {
            int index = Change.valueOf(event.getKey()).ordinal();
            heard.set(index, 1);
            current.set(index, event.getValue());
        }
    }
}

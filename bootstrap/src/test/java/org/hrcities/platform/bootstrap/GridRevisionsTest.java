package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.junit.jupiter.api.Test;

/** The page store's revisions and their times, shared by three real members on loopback. */
class GridRevisionsTest {

    @Test
    void every_member_ends_at_the_same_revision_and_time_and_keeps_them_when_one_member_is_lost() throws Exception {
        try (LoopbackGrid grid = new LoopbackGrid(3)) {
            GridRevisions[] members = {new GridRevisions(grid.member(0)), new GridRevisions(grid.member(1)),
                    new GridRevisions(grid.member(2))};
            Instant started = members[0].changedAt(Change.CONTENT);
            for (GridRevisions member : members) {
                assertEquals(started, member.changedAt(Change.CONTENT), "the first member's start is everyone's");
                assertEquals(members[0].revision(Change.CONTENT), member.revision(Change.CONTENT));
            }

            Thread.sleep(1_100);
            long before = members[1].revision(Change.CONTENT);
            members[0].advance(Set.of(Change.CONTENT));
            Instant changed = members[0].changedAt(Change.CONTENT);
            assertTrue(changed.isAfter(started), changed + " after " + started);
            for (GridRevisions member : members) {
                awaitRevision(member, members[0].revision(Change.CONTENT));
                assertEquals(changed, member.changedAt(Change.CONTENT));
            }
            assertNotEquals(before, members[1].revision(Change.CONTENT));
            assertEquals(started, members[2].changedAt(Change.ARRIVALS), "only what changed moves on");

            grid.kill(0);
            GridRevisions rejoined = new GridRevisions(grid.member(1));
            assertEquals(changed, rejoined.changedAt(Change.CONTENT), "the time survives the loss of the member that set it");
            assertEquals(members[1].revision(Change.CONTENT), rejoined.revision(Change.CONTENT));
        }
    }

    @Test
    void arrivals_are_written_at_most_once_per_interval_and_the_last_one_reaches_every_member() throws Exception {
        try (LoopbackGrid grid = new LoopbackGrid(2)) {
            GridRevisions arriving = new GridRevisions(grid.member(0), Duration.ofSeconds(1));
            GridRevisions other = new GridRevisions(grid.member(1));
            AtomicInteger writes = countWrites(grid, Change.ARRIVALS);
            for (int i = 0; i < 5; i++) {
                arriving.advance(Set.of(Change.ARRIVALS));
                Thread.sleep(50);
            }
            awaitRevision(other, Change.ARRIVALS, arriving.revision(Change.ARRIVALS));
            assertTrue(writes.get() <= 2, "five arrivals within 250 ms: the first written at once, the rest with the last"
                    + " a second later; written " + writes.get() + " times");
        }
    }

    @Test
    void a_content_change_is_written_at_once_and_takes_waiting_arrivals_along() throws Exception {
        try (LoopbackGrid grid = new LoopbackGrid(2)) {
            GridRevisions changing = new GridRevisions(grid.member(0), Duration.ofMinutes(1));
            GridRevisions other = new GridRevisions(grid.member(1));
            changing.advance(Set.of(Change.ARRIVALS));
            awaitRevision(other, Change.ARRIVALS, changing.revision(Change.ARRIVALS));
            changing.advance(Set.of(Change.ARRIVALS));
            // the second arrival waits for its minute; the content change does not, and takes it along
            changing.advance(Set.of(Change.CONTENT));
            awaitRevision(other, Change.CONTENT, changing.revision(Change.CONTENT));
            awaitRevision(other, Change.ARRIVALS, changing.revision(Change.ARRIVALS));
        }
    }

    /** Counts the writes of {@code change}'s revision to the grid, as the map's events tell them. */
    private static AtomicInteger countWrites(LoopbackGrid grid, Change change) {
        AtomicInteger writes = new AtomicInteger();
        IMap<String, long[]> map = grid.member(1).getMap(GridRevisions.MAP);
        map.addEntryListener((EntryUpdatedListener<String, long[]>) event -> writes.incrementAndGet(), change.name(), false);
        return writes;
    }

    private static void awaitRevision(GridRevisions member, long expected) throws InterruptedException {
        awaitRevision(member, Change.CONTENT, expected);
    }

    private static void awaitRevision(GridRevisions member, Change change, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (member.revision(change) != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, member.revision(change), change + " within 5 s");
    }
}

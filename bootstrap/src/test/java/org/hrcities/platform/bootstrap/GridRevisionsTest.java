package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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

    private static void awaitRevision(GridRevisions member, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (member.revision(Change.CONTENT) != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, member.revision(Change.CONTENT));
    }
}

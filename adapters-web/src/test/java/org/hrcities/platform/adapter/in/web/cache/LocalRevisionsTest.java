package org.hrcities.platform.adapter.in.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalRevisionsTest {

    @Test
    void a_change_moves_its_own_revision_on_and_no_other() {
        LocalRevisions revisions = new LocalRevisions();

        revisions.advance(Set.of(Change.ARRIVALS));
        revisions.advance(Set.of(Change.ARRIVALS, Change.CONTENT));

        assertEquals(2, revisions.revision(Change.ARRIVALS));
        assertEquals(1, revisions.revision(Change.CONTENT));
    }

    @Test
    void each_site_keeps_its_own_revisions() {
        LocalRevisions one = new LocalRevisions();
        LocalRevisions other = new LocalRevisions();

        one.advance(Set.of(Change.CONTENT));

        assertEquals(0, other.revision(Change.CONTENT));
    }
}

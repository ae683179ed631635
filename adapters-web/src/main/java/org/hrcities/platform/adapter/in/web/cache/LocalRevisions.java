package org.hrcities.platform.adapter.in.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

/** The revisions of one running site, in its memory: right for a single instance (see {@link RevisionSource}). */
@ApplicationScoped
public class LocalRevisions implements RevisionSource {

    private final AtomicLongArray revisions = new AtomicLongArray(Change.values().length);

    @Override
    public long revision(Change change) {
        return revisions.get(change.ordinal());
    }

    @Override
    public void advance(Set<Change> changes) {
        for (Change change : changes) {
            revisions.incrementAndGet(change.ordinal());
        }
    }
}

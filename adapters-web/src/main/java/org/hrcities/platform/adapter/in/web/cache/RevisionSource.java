package org.hrcities.platform.adapter.in.web.cache;

import java.time.Instant;
import java.util.Set;

/**
 * Where the {@link PageCache} learns whether what it stored is still current: one revision per kind
 * of {@link Change}, moved on whenever a request changed that kind. A stored page is current while
 * the revisions it was made at are the current ones. Each revision has the time it was moved on,
 * which the stored pages give as their {@code Last-Modified}: the same for every reader, wherever
 * they are answered.
 * <p>
 * {@link LocalRevisions} keeps them in this process. Several instances of the site behind one
 * database need revisions they all share: such a source replaces this one as a CDI alternative (the
 * bootstrap's {@code GridRevisions}), and neither the store nor the resources change.
 */
public interface RevisionSource {

    /** The current revision of {@code change}. */
    long revision(Change change);

    /**
     * When {@code change} last moved on, to the second; before its first move, when the site (for a
     * cluster, its first member) started, since nothing says that the content is older than that.
     */
    Instant changedAt(Change change);

    /** Moves the revisions of {@code changes} on; called once a request's work is committed, before it is answered. */
    void advance(Set<Change> changes);
}

package org.hrcities.platform.adapter.in.web.cache;

import java.util.Set;

/**
 * Where the {@link PageCache} learns whether what it stored is still current: one revision per kind
 * of {@link Change}, moved on whenever a request changed that kind. A stored page is current while
 * the revisions it was made at are the current ones.
 * <p>
 * {@link LocalRevisions} keeps them in this process. Several instances of the site behind one
 * database need revisions they all share (a Hazelcast {@code IAtomicLong} per change, say): such a
 * source replaces this one as a CDI alternative, and neither the store nor the resources change.
 */
public interface RevisionSource {

    /** The current revision of {@code change}. */
    long revision(Change change);

    /** Moves the revisions of {@code changes} on; called once a request's work is committed, before it is answered. */
    void advance(Set<Change> changes);
}

package org.hrcities.platform.adapter.in.web.cache;

/**
 * What the {@link PageCache} tells as it answers reads, for whoever counts it (the site's metrics,
 * which produce the one the container injects). Called on the request's thread: an implementation must
 * be quick and must not throw. Every method does nothing unless overridden.
 */
public interface PageStoreEvents {

    /** A plain read was answered from the store. */
    default void hit() {
    }

    /** A plain read found nothing in the store it could use, and goes on to the resource. */
    default void miss() {
    }

    /** A stored answer was dropped to keep the store within its budget of bytes. */
    default void evicted() {
    }
}

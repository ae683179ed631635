package org.hrcities.platform.adapter.out.persistence;

/**
 * What a storage's connection pool tells as it lends connections, for whoever counts it (the site's
 * metrics). Called on the thread that asked for the connection: an implementation must be quick and
 * must not throw.
 */
public interface PoolEvents {

    /** Tells nothing to nobody. */
    PoolEvents NONE = new PoolEvents() {
    };

    /**
     * A request for a connection ended after {@code nanos}: it got one (within microseconds when one was
     * idle), or waited the whole connect timeout for nothing, and then {@link #timedOut()} is told too.
     */
    default void waited(long nanos) {
    }

    /** A request for a connection waited the whole connect timeout and got none (it is answered 503). */
    default void timedOut() {
    }
}

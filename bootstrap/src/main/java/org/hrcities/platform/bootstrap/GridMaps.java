package org.hrcities.platform.bootstrap;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The site's maps on the data grid, each obtained outside the application's invocation context.
 * <p>
 * Payara's tenant control remembers the Jakarta EE application that first asks for a distributed
 * object, and then enters that application's context (its class loader, naming and a CDI request
 * context) around every operation the grid runs on the object, on whichever member: 5% of a member's
 * CPU under comment load went into that (decision 0032). The site's maps hold JDK types only (strings,
 * {@code long[]}, {@code byte[]}) and their listeners touch nothing of the container, so they need no
 * tenant. Payara records none when the thread that asks has no current invocation; the invocation is
 * an inheritable thread-local, so the map is asked for on a new thread that inherits none.
 */
final class GridMaps {

    private GridMaps() {
    }

    /** The map {@code name}, its proxy created on a thread without the caller's invocation context. */
    static <K, V> IMap<K, V> outsideTheApplication(HazelcastInstance grid, String name) {
        FutureTask<IMap<K, V>> asking = new FutureTask<>(() -> grid.getMap(name));
        Thread thread = Thread.ofPlatform().name("hrc-grid-map-" + name).inheritInheritableThreadLocals(false)
                .unstarted(asking);
        // a thread that inherits no thread-locals gets the system class loader; Hazelcast looks for the site's there
        thread.setContextClassLoader(GridMaps.class.getClassLoader());
        thread.start();
        try {
            return asking.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused
                    : new IllegalStateException("the grid did not give the map " + name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the grid for the map " + name, e);
        }
    }
}

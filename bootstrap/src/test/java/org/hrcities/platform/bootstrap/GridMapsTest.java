package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The site's grid maps are asked for on a thread that inherits none of the caller's inheritable
 * thread-locals, where Payara keeps the current Jakarta EE invocation: without one, its tenant control
 * records no application for the map.
 */
class GridMapsTest {

    /** Stands for the container's invocation, an inheritable thread-local of the calling thread. */
    private static final InheritableThreadLocal<String> INVOCATION = new InheritableThreadLocal<>();

    @Test
    void a_map_is_asked_for_without_the_callers_invocation_and_works_for_every_member() throws Exception {
        List<String> seenByGetMap = new ArrayList<>();
        List<Thread> askingThreads = new ArrayList<>();
        try (LoopbackGrid grid = new LoopbackGrid(2)) {
            HazelcastInstance watched = watching(grid.member(0), seenByGetMap, askingThreads);
            INVOCATION.set("the site's request");
            try {
                IMap<String, String> first = GridMaps.outsideTheApplication(watched, "hrc-grid-maps-test");
                first.put("key", "value");
                assertEquals("value", GridMaps.<String, String>outsideTheApplication(grid.member(1), "hrc-grid-maps-test")
                        .get("key"));
            } finally {
                INVOCATION.remove();
            }
        }
        assertEquals(1, seenByGetMap.size());
        assertNull(seenByGetMap.get(0), "the invocation seen where the map was asked for");
        assertNotSame(Thread.currentThread(), askingThreads.get(0));
    }

    @Test
    void a_refusal_of_the_grid_reaches_the_caller() {
        HazelcastInstance refusing = (HazelcastInstance) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HazelcastInstance.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("the grid is shutting down");
                });
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> GridMaps.outsideTheApplication(refusing, "hrc-grid-maps-test"));
        assertEquals("the grid is shutting down", refused.getMessage());
    }

    /** {@code member}, noting for each {@code getMap} the invocation its thread sees, and the thread. */
    private static HazelcastInstance watching(HazelcastInstance member, List<String> seen, List<Thread> threads) {
        return (HazelcastInstance) Proxy.newProxyInstance(GridMapsTest.class.getClassLoader(),
                new Class<?>[] {HazelcastInstance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMap")) {
                        seen.add(INVOCATION.get());
                        threads.add(Thread.currentThread());
                    }
                    try {
                        return method.invoke(member, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

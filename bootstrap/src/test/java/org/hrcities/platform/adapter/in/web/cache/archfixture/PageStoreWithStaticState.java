package org.hrcities.platform.adapter.in.web.cache.archfixture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Breaks rule 11: a page store that keeps its pages, its revision and a hand-off in static fields. */
public final class PageStoreWithStaticState {

    /** A constant, which the rule allows. */
    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private static final Map<String, byte[]> PAGES = new ConcurrentHashMap<>();
    private static final AtomicLong REVISION = new AtomicLong();
    private static final ThreadLocal<byte[]> OFFERED = new ThreadLocal<>();
    private static String lastKey = "";

    private PageStoreWithStaticState() {
    }

    static byte[] page(String key) {
        lastKey = key;
        OFFERED.remove();
        return REVISION.get() < MAX_AGE_NANOS ? PAGES.get(key) : null;
    }
}

package org.hrcities.platform.adapter.in.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * The public representations the site served lately, so that the next reader of the same resource
 * is answered from them by the {@link PageCacheFilter} without rendering the page again or asking the
 * database.
 * <p>
 * A stored representation is used while both hold:
 * <ul>
 * <li>no request that may change something (any method but GET, HEAD and OPTIONS) has been handled
 * since it was made: once such a request has done its work and before it is answered, it moves the
 * site's {@linkplain #revision() revision} on, so whoever is told that something changed sees the
 * change on their next request (a comment received and held for moderation changes only the
 * representations that {@linkplain #countsArrivals count the comments received}: the transparency
 * report);</li>
 * <li>it is younger than {@link #MAX_AGE_NANOS} (one second), or is being made again by another
 * request: what changes with time alone (a post whose scheduled time came, comments closing N days
 * after publication) or outside this process (another instance on the same database) shows within
 * a second or so.</li>
 * </ul>
 * Only plain reads are stored and answered from the store: GET without Authorization, Range or
 * If-Match/If-Unmodified-Since/If-Range, outside the admin. A stored answer is keyed by scheme,
 * host, path, query and Accept header, which is everything else a public answer depends on; the
 * visitor's form token and the form's stamp are filled in per request.
 */
public final class PageCache {

    /** How long a stored representation may be used at most. */
    static final long MAX_AGE_NANOS = 1_000_000_000L;
    /** How long a stored representation may still be used while it is made again. */
    static final long MAX_STALE_NANOS = 5 * MAX_AGE_NANOS;
    /** Stored representations at most; past it the store starts afresh (keys are chosen by clients). */
    static final int MAX_ENTRIES = 1_000;

    /** The request attribute (a JAX-RS request property too) set by {@link #onlyArrivalsChanged}. */
    static final String ONLY_ARRIVALS = PageCache.class.getName() + ".only-arrivals";

    private static final AtomicLong REVISION = new AtomicLong();
    /** Moves on with every comment received but not published: only the transparency counts change then. */
    private static final AtomicLong ARRIVALS = new AtomicLong();
    private static final ConcurrentHashMap<String, Entry> ENTRIES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Offer> OFFERED = new ThreadLocal<>();

    /** What the resource answered with, and whether it counts the comments received. */
    static final class Offer {
        private Representation representation;
        private boolean countsArrivals;

        Representation representation() {
            return representation;
        }
    }

    /** A stored answer: the representation, the other headers its response had, and when and from which revision it was made. */
    static final class Entry {
        private final Representation representation;
        private final List<Header> headers;
        private final long revision;
        private final long arrivals;
        private final long madeAtNanos;
        private final AtomicBoolean renewing = new AtomicBoolean();

        Entry(Offer offer, List<Header> headers, long[] revisions, long madeAtNanos) {
            this.representation = offer.representation;
            this.headers = headers;
            this.revision = revisions[0];
            this.arrivals = offer.countsArrivals ? revisions[1] : -1;
            this.madeAtNanos = madeAtNanos;
        }

        boolean isCurrent() {
            return revision == REVISION.get() && (arrivals < 0 || arrivals == ARRIVALS.get());
        }

        Representation representation() {
            return representation;
        }

        List<Header> headers() {
            return headers;
        }

        long revision() {
            return revision;
        }
    }

    private PageCache() {
    }

    /** The site's revisions, to give {@link Entry#Entry} when its answer is stored (read before the answer is made). */
    static long[] revisions() {
        return new long[] {REVISION.get(), ARRIVALS.get()};
    }

    /** Something may have changed: every stored representation is out of date. */
    static void changed() {
        REVISION.incrementAndGet();
    }

    /** Whether this request may be answered from the store, or its answer stored. */
    static boolean isPlainRead(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        if (path == null || RequestPaths.isAdminPage(path) || RequestPaths.isAdminApi(path)) {
            return false;
        }
        return request.getHeader("Authorization") == null && request.getHeader("Range") == null
                && request.getHeader("If-Match") == null && request.getHeader("If-Unmodified-Since") == null
                && request.getHeader("If-Range") == null;
    }

    /** Everything but the validators, the encoding and the form token that an answer depends on. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        return request.getScheme() + "://" + request.getHeader("Host") + request.getRequestURI()
                + (query == null ? "" : "?" + query) + "\n" + (accept == null ? "" : accept);
    }

    /**
     * The stored answer for {@code key} if it may still be used, or null: the caller then makes the
     * answer and stores it. When a stored answer is out of date by age only, one caller is told to
     * make it again while the others keep getting it until the new one is stored (so a popular page
     * is rendered once, not by every reader waiting at that moment); past {@link #MAX_STALE_NANOS}
     * it is not used at all.
     */
    static Entry current(String key, long nowNanos) {
        Entry entry = ENTRIES.get(key);
        if (entry == null) {
            return null;
        }
        long age = nowNanos - entry.madeAtNanos;
        if (!entry.isCurrent() || age > MAX_STALE_NANOS) {
            ENTRIES.remove(key, entry);
            return null;
        }
        if (age > MAX_AGE_NANOS && entry.renewing.compareAndSet(false, true)) {
            return null;
        }
        return entry;
    }

    static void store(String key, Entry entry) {
        if (!entry.isCurrent()) {
            return;
        }
        if (ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
        }
        ENTRIES.put(key, entry);
    }

    /** From now on in this thread, the representation a resource answers with is kept for {@link #offered()}. */
    static void watch() {
        OFFERED.set(new Offer());
    }

    /** What was offered since {@link #watch()} (its representation may be null); stops watching. */
    static Offer offered() {
        Offer offer = OFFERED.get();
        OFFERED.remove();
        return offer;
    }

    /**
     * Tells that the request, though its method may change things, only received a comment that is not
     * published (held for moderation, or spam): only the representations that {@linkplain
     * #countsArrivals count arrivals} go out of date.
     */
    public static void onlyArrivalsChanged(HttpServletRequest request) {
        request.setAttribute(ONLY_ARRIVALS, Boolean.TRUE);
    }

    /** Tells that the representation the current request answers with counts the comments received. */
    public static void countsArrivals() {
        Offer offer = OFFERED.get();
        if (offer != null) {
            offer.countsArrivals = true;
        }
    }

    /** A comment was received and not published. */
    static void arrived() {
        ARRIVALS.incrementAndGet();
    }

    /** Called by {@link Representations} with what a resource answers. */
    static void offer(Representation representation) {
        Offer offer = OFFERED.get();
        if (offer != null) {
            offer.representation = representation;
        }
    }
}

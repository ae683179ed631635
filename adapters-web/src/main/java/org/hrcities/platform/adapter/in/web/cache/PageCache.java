package org.hrcities.platform.adapter.in.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;

/**
 * The public representations the site served lately, so that the next reader of the same resource
 * is answered from them by the {@link PageCacheFilter} without rendering the page again or asking the
 * database; and the one place where a representation becomes what a request gets ({@link #answer}).
 * <p>
 * A stored representation is used while both hold:
 * <ul>
 * <li>no request changed what it depends on since it was made ({@link Change#CONTENT}, and what its
 * resource method names with {@link DependsOn}): a request that may change something moves the
 * {@linkplain RevisionSource revisions} of what it changes on once its work is committed and before
 * it is answered ({@link PageCacheFeature}), so whoever is told that something changed sees the
 * change on their next request;</li>
 * <li>it is younger than {@link #MAX_AGE_NANOS} (one second), or is being made again by another
 * request: what changes with time alone (a post whose scheduled time came, comments closing N days
 * after publication) or outside this process shows within a second or so.</li>
 * </ul>
 * The store holds at most {@link #BUDGET_BYTES} of representations (their bodies and compressed
 * forms, as weighed by {@link Representation#weight()}): its keys are chosen by clients (host, path,
 * query, Accept), so a count of entries would bound nothing. Caffeine evicts by size and frequency.
 * <p>
 * Each read it answers or not, and each answer evicted to keep within the budget, is told to the
 * {@link PageStoreEvents} (the site's metrics count them).
 */
@ApplicationScoped
public class PageCache {

    /** How long a stored representation may be used at most. */
    static final long MAX_AGE_NANOS = 1_000_000_000L;
    /** How long a stored representation may still be used while it is made again. */
    static final long MAX_STALE_NANOS = 5 * MAX_AGE_NANOS;
    /** Bytes of stored representations at most: 24 MiB, under a tenth of the site's 256 MB heap. */
    static final long BUDGET_BYTES = 24L * 1024 * 1024;
    /** The request attribute (a JAX-RS request property too) by which a resource's answer is offered to the store. */
    static final String OFFER = PageCache.class.getName() + ".offer";

    private RevisionSource revisions;
    private PageStoreEvents events;
    private Cache<String, Entry> entries;
    /** The last Last-Modified header made, to make it once per change rather than once per request. */
    private volatile LastModified lastModified = new LastModified(Instant.EPOCH, Representations.httpDate(Instant.EPOCH));

    protected PageCache() {
        // for the container's proxy
    }

    /** A store whose reads nobody counts. */
    public PageCache(RevisionSource revisions) {
        this(revisions, new PageStoreEvents() {
        });
    }

    @Inject
    public PageCache(RevisionSource revisions, PageStoreEvents events) {
        this(revisions, events, BUDGET_BYTES);
    }

    PageCache(RevisionSource revisions, long budgetBytes) {
        this(revisions, new PageStoreEvents() {
        }, budgetBytes);
    }

    PageCache(RevisionSource revisions, PageStoreEvents events, long budgetBytes) {
        this.revisions = revisions;
        this.events = events;
        // maintenance on the calling thread: no pool of the container's is borrowed
        this.entries = Caffeine.newBuilder().maximumWeight(budgetBytes)
                .weigher((String key, Entry entry) -> (int) Math.min(Integer.MAX_VALUE, entry.weight(key)))
                .evictionListener((String key, Entry entry, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE) {
                        events.evicted();
                    }
                })
                .expireAfterWrite(Duration.ofNanos(MAX_STALE_NANOS)).executor(Runnable::run).build();
    }

    /** What a resource answered with, and what it depends on beyond {@link Change#CONTENT}. */
    public record Offer(Representation representation, Set<Change> dependsOn) {
    }

    /** A stored answer: the representation, the other headers its response had, and when and at which revisions it was made. */
    public static final class Entry {
        private final Representation representation;
        private final List<Header> headers;
        private final Set<Change> dependsOn;
        private final long[] revisions;
        private final long madeAtNanos;
        private final AtomicBoolean renewing = new AtomicBoolean();

        Entry(Offer offer, List<Header> headers, long[] revisions, long madeAtNanos) {
            this.representation = offer.representation();
            this.headers = List.copyOf(headers);
            EnumSet<Change> all = EnumSet.of(Change.CONTENT);
            all.addAll(offer.dependsOn());
            this.dependsOn = all;
            this.revisions = revisions.clone();
            this.madeAtNanos = madeAtNanos;
        }

        boolean isCurrent(RevisionSource source) {
            for (Change change : dependsOn) {
                if (revisions[change.ordinal()] != source.revision(change)) {
                    return false;
                }
            }
            return true;
        }

        Representation representation() {
            return representation;
        }

        Set<Change> dependsOn() {
            return dependsOn;
        }

        List<Header> headers() {
            return headers;
        }

        long weight(String key) {
            long weight = representation.weight() + 2L * key.length() + 160;
            for (Header header : headers) {
                weight += 2L * (header.name().length() + header.value().length()) + 48;
            }
            return weight;
        }
    }

    /** The revisions of every kind of change now: read before an answer is made, given to {@link #store} with it. */
    public long[] revisions() {
        Change[] changes = Change.values();
        long[] now = new long[changes.length];
        for (Change change : changes) {
            now[change.ordinal()] = revisions.revision(change);
        }
        return now;
    }

    /**
     * The stored answer for {@code key} if it may still be used, or null: the caller then makes the
     * answer and stores it. When a stored answer is out of date by age only, one caller is told to
     * make it again while the others keep getting it until the new one is stored (so a popular page
     * is rendered once, not by every reader waiting at that moment); past {@link #MAX_STALE_NANOS}
     * it is not used at all.
     */
    public Entry current(String key, long nowNanos) {
        Entry entry = usable(key, nowNanos);
        if (entry == null) {
            events.miss();
        } else {
            events.hit();
        }
        return entry;
    }

    private Entry usable(String key, long nowNanos) {
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        long age = nowNanos - entry.madeAtNanos;
        if (!entry.isCurrent(revisions) || age > MAX_STALE_NANOS) {
            entries.asMap().remove(key, entry);
            return null;
        }
        if (age > MAX_AGE_NANOS && entry.renewing.compareAndSet(false, true)) {
            return null;
        }
        return entry;
    }

    /**
     * Keeps what a resource answered, with the other headers of its response, unless something it
     * depends on changed since {@code revisionsBefore} were read (before the answer was made).
     */
    public void store(String key, Offer offer, List<Header> headers, long[] revisionsBefore, long madeAtNanos) {
        Entry entry = new Entry(offer, headers, revisionsBefore, madeAtNanos);
        if (!entry.isCurrent(revisions)) {
            return;
        }
        entry.representation().prepare();
        entries.put(key, entry);
    }

    /** A request changed {@code changes}: the stored answers depending on any of them are out of date. */
    public void changed(Set<Change> changes) {
        revisions.advance(changes);
    }

    /**
     * What a request with {@code conditions} gets from {@code representation}, which shows what
     * {@code dependsOn} names besides {@link Change#CONTENT}: 200 with its bytes, gzipped or not, or 304.
     */
    public Answer answer(Representation representation, Set<Change> dependsOn, Conditions conditions) {
        Instant changed = revisions.changedAt(Change.CONTENT);
        for (Change change : dependsOn) {
            Instant at = revisions.changedAt(change);
            if (at.isAfter(changed)) {
                changed = at;
            }
        }
        LastModified header = lastModified;
        if (!header.at.equals(changed)) {
            header = new LastModified(changed, Representations.httpDate(changed));
            lastModified = header;
        }
        return Representations.answer(representation, conditions, changed, header.value);
    }

    private record LastModified(Instant at, String value) {
    }

    /** The bytes the stored answers weigh now. */
    public long storedBytes() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** How many answers are stored now. */
    public long storedAnswers() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}

package org.hrcities.platform.application.service.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.SignInFailuresPort;

/**
 * Counts failed sign-in attempts per key (an account's address, a sender's network address). The
 * first {@value #FREE_FAILURES} failures cost nothing; after that the key is locked for a delay
 * that starts at {@link #FIRST_DELAY} and doubles with every further failure, up to
 * {@link #MAX_DELAY}. A success clears the key. Kept in memory: a restart forgets the counts. This is
 * the {@link SignInFailuresPort} of a single running site; a cluster's members share theirs in the
 * data grid, by the same rules ({@link #delayAfter}, {@link #shortened}, {@link #MEMORY}).
 * <p>
 * Bounded by a count, with expiry, rather than by bytes: every key is made short (one longer than
 * {@value #MAX_KEY_LENGTH} characters, such as an email typed into the sign-in form, is kept as its
 * SHA-256 digest), so each entry takes at most about 500 bytes and {@value #DEFAULT_CAPACITY} keys
 * at most about 5 MB, whatever is typed. A key untouched for {@link #MEMORY} is forgotten. When more
 * keys than the capacity failed within that time, the key whose last failure is oldest is forgotten,
 * keys that are not locked before locked ones, and never the key that just failed (so that a new
 * key is always counted): a flood of one-off failures (each a new key) cannot lift the lock on an
 * account someone is guessing the password of; only locking more keys than the capacity, at five
 * failures a key, between two of their guesses can. Forgetting a locked key gives its guesser
 * five more free tries, which is what the bound costs.
 */
public final class SignInThrottle implements SignInFailuresPort {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A key untouched this long is forgotten. */
    public static final Duration MEMORY = Duration.ofHours(24);
    /** How many keys are remembered at most. */
    public static final int DEFAULT_CAPACITY = 10_000;
    /** Keys longer than this are remembered by their digest. */
    public static final int MAX_KEY_LENGTH = 128;

    private record Failures(int count, Instant last) {
    }

    private final int capacity;
    /** Keys with fewer than FREE_FAILURES failures, least recently failed first. */
    private final LinkedHashMap<String, Failures> unlocked = new LinkedHashMap<>();
    /** Keys with FREE_FAILURES failures or more, least recently failed first. */
    private final LinkedHashMap<String, Failures> locking = new LinkedHashMap<>();

    public SignInThrottle() {
        this(DEFAULT_CAPACITY);
    }

    public SignInThrottle(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** How long {@code key} must still wait before another attempt is checked; empty when it may try now. */
    @Override
    public synchronized Optional<Duration> waitFor(String key, Instant now) {
        Failures entry = locking.get(shortened(key));
        if (entry == null || isForgotten(entry, now)) {
            return Optional.empty();
        }
        Instant until = entry.last.plus(delayAfter(entry.count));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @Override
    public synchronized void recordFailure(String key, Instant now) {
        String kept = shortened(key);
        Failures old = unlocked.remove(kept);
        if (old == null) {
            old = locking.remove(kept);
        }
        int count = old == null || isForgotten(old, now) ? 1 : old.count + 1;
        (count >= FREE_FAILURES ? locking : unlocked).put(kept, new Failures(count, now));
        forgetExpired(unlocked, now);
        forgetExpired(locking, now);
        while (unlocked.size() + locking.size() > capacity) {
            boolean anotherUnlocked = unlocked.size() > (unlocked.containsKey(kept) ? 1 : 0);
            forgetOldest(anotherUnlocked ? unlocked : locking);
        }
    }

    @Override
    public synchronized void recordSuccess(String key) {
        String kept = shortened(key);
        unlocked.remove(kept);
        locking.remove(kept);
    }

    /** How many keys are remembered. */
    synchronized int size() {
        return unlocked.size() + locking.size();
    }

    /** The lock that follows the {@code count}-th failure. */
    public static Duration delayAfter(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** The key as remembered: itself when short, else what precedes its first colon and its SHA-256 digest. */
    public static String shortened(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        int colon = key.indexOf(':');
        String kind = colon > 0 && colon < 32 ? key.substring(0, colon + 1) : "";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return kind + "sha-256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isForgotten(Failures entry, Instant now) {
        return !entry.last.plus(MEMORY).isAfter(now);
    }

    /** Drops the entries untouched for MEMORY: they come first, as each map is in the order of the last failure. */
    private static void forgetExpired(LinkedHashMap<String, Failures> entries, Instant now) {
        Iterator<Map.Entry<String, Failures>> oldestFirst = entries.entrySet().iterator();
        while (oldestFirst.hasNext() && isForgotten(oldestFirst.next().getValue(), now)) {
            oldestFirst.remove();
        }
    }

    private static void forgetOldest(LinkedHashMap<String, Failures> entries) {
        Iterator<Map.Entry<String, Failures>> oldestFirst = entries.entrySet().iterator();
        oldestFirst.next();
        oldestFirst.remove();
    }
}

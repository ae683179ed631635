package org.hrcities.platform.application.service.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-in attempts per key (an account's address, a sender's network address). The
 * first {@value #FREE_FAILURES} failures cost nothing; after that the key is locked for a delay
 * that starts at {@link #FIRST_DELAY} and doubles with every further failure, up to
 * {@link #MAX_DELAY}. A success clears the key. Kept in memory: a restart forgets the counts.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A key untouched this long is forgotten. */
    static final Duration MEMORY = Duration.ofHours(24);
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long {@code key} must still wait before another attempt is checked; empty when it may try now. */
    Optional<Duration> waitFor(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.count < FREE_FAILURES) {
            return Optional.empty();
        }
        Instant until = entry.last.plus(delayAfter(entry.count));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void recordFailure(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, first) -> new Failures(old.count + 1, now));
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.last.plus(MEMORY).isBefore(now));
        }
    }

    void recordSuccess(String key) {
        failures.remove(key);
    }

    /** The lock that follows the {@code count}-th failure. */
    static Duration delayAfter(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}

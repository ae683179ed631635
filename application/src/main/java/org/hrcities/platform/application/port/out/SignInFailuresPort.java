package org.hrcities.platform.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-in attempts per key (an account's address, a sender's network address) and says
 * how long a key must wait before its next attempt is checked. One running site keeps the counts in
 * its memory; the members of a cluster share them, so that failures count wherever they happen.
 */
public interface SignInFailuresPort {

    /** How long {@code key} must still wait before another attempt is checked; empty when it may try now. */
    Optional<Duration> waitFor(String key, Instant now);

    /** Counts a failed attempt of {@code key} at {@code now}. */
    void recordFailure(String key, Instant now);

    /** Forgets the failures of {@code key}: it signed in. */
    void recordSuccess(String key);
}

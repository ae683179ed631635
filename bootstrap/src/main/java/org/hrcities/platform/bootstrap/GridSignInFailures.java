package org.hrcities.platform.bootstrap;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.hrcities.platform.application.service.account.SignInThrottle;

/**
 * The sign-in throttle of a cluster's members, by {@link SignInThrottle}'s rules, with the failures
 * counted in a map of the data grid ({@value #MAP}): one entry per key, its value the count and the
 * time of the last failure, dropped by the grid a day after its last change. A failure is counted with
 * a compare-and-set ({@code putIfAbsent}, {@code replace(key, old, new)}), so that failures on
 * several members at once are all counted. Each entry is copied to another member right after the
 * write (an asynchronous backup, {@link Safeguards#recordsMap}).
 * <p>
 * Every member also counts in a {@link SignInThrottle} of its own, which answers while the grid does
 * not (see {@link GridCall}): during a split each member still throttles what it sees itself.
 */
final class GridSignInFailures implements SignInFailuresPort {

    static final String MAP = "hrc-sign-in-failures";

    private final GridCall calls;
    private final IMap<String, String> failures;
    private final SignInThrottle alone = new SignInThrottle();

    GridSignInFailures(HazelcastInstance grid, GridCall calls) {
        this.calls = calls;
        grid.getConfig().addMapConfig(Safeguards.recordsMap(MAP, SignInThrottle.DEFAULT_CAPACITY)
                .setTimeToLiveSeconds((int) SignInThrottle.MEMORY.toSeconds()));
        failures = GridMaps.outsideTheApplication(grid, MAP);
    }

    @Override
    public Optional<Duration> waitFor(String key, Instant now) {
        String kept = SignInThrottle.shortened(key);
        return calls.within("sign-in throttle", () -> Optional.ofNullable(failures.get(kept)))
                .map(tally -> tally.flatMap(value -> waitAfter(value, now)))
                .orElseGet(() -> alone.waitFor(key, now));
    }

    @Override
    public void recordFailure(String key, Instant now) {
        alone.recordFailure(key, now);
        String kept = SignInThrottle.shortened(key);
        calls.within("sign-in throttle", () -> {
            for (int attempt = 0; attempt < 16; attempt++) {
                String old = failures.get(kept);
                int count = old == null || forgotten(old, now) ? 1 : count(old) + 1;
                String next = count + "/" + now.toEpochMilli();
                if (old == null ? failures.putIfAbsent(kept, next) == null : failures.replace(kept, old, next)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public void recordSuccess(String key) {
        alone.recordSuccess(key);
        String kept = SignInThrottle.shortened(key);
        calls.within("sign-in throttle", () -> {
            failures.delete(kept);
            return true;
        });
    }

    private static Optional<Duration> waitAfter(String tally, Instant now) {
        int count = count(tally);
        if (count < SignInThrottle.FREE_FAILURES || forgotten(tally, now)) {
            return Optional.empty();
        }
        Instant until = last(tally).plus(SignInThrottle.delayAfter(count));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private static boolean forgotten(String tally, Instant now) {
        return !last(tally).plus(SignInThrottle.MEMORY).isAfter(now);
    }

    private static int count(String tally) {
        return Integer.parseInt(tally.substring(0, tally.indexOf('/')));
    }

    private static Instant last(String tally) {
        return Instant.ofEpochMilli(Long.parseLong(tally.substring(tally.indexOf('/') + 1)));
    }
}

package org.hrcities.platform.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.application.port.out.SignInFailuresContract;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.junit.jupiter.api.Test;

/** The single site's sign-in throttle: the port's contract, and its bound. */
class SignInThrottleTest extends SignInFailuresContract {

    private final SignInThrottle shared = new SignInThrottle();

    @Override
    protected SignInFailuresPort tryingAt(int n) {
        return shared;
    }


    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String TARGET = "account:admin@example.org";

    @Test
    void never_remembers_more_keys_than_its_capacity() {
        SignInThrottle throttle = new SignInThrottle(100);
        for (int i = 0; i < 1_000; i++) {
            throttle.recordFailure("account:guess" + i + "@example.org", NOW.plusMillis(i));
            assertTrue(throttle.size() <= 100, "after " + (i + 1) + " keys: " + throttle.size());
        }
        assertEquals(100, throttle.size());
    }

    @Test
    void a_flood_of_one_off_failures_does_not_lift_the_lock_on_a_guessed_account() {
        SignInThrottle throttle = new SignInThrottle(100);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.recordFailure(TARGET, NOW);
        }
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY), throttle.waitFor(TARGET, NOW));
        for (int i = 0; i < 10_000; i++) {
            throttle.recordFailure("address:198.18." + i / 250 + "." + i % 250, NOW.plusMillis(1));
        }
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY.minusMillis(1)), throttle.waitFor(TARGET, NOW.plusMillis(1)),
                "still locked, and still counting");
        throttle.recordFailure(TARGET, NOW.plusSeconds(5));
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY.multipliedBy(2)), throttle.waitFor(TARGET, NOW.plusSeconds(5)));
    }

    @Test
    void when_locked_keys_alone_exceed_the_capacity_the_one_that_failed_longest_ago_is_forgotten() {
        SignInThrottle throttle = new SignInThrottle(2);
        for (String key : new String[] {"account:a@example.org", "account:b@example.org", "account:c@example.org"}) {
            for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
                throttle.recordFailure(key, NOW);
            }
        }
        assertEquals(Optional.empty(), throttle.waitFor("account:a@example.org", NOW));
        assertTrue(throttle.waitFor("account:b@example.org", NOW).isPresent());
        assertTrue(throttle.waitFor("account:c@example.org", NOW).isPresent());
    }

    @Test
    void forgets_a_key_untouched_for_a_day() {
        SignInThrottle throttle = new SignInThrottle(100);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.recordFailure(TARGET, NOW);
        }
        throttle.recordFailure("address:192.0.2.9", NOW);
        Instant nextDay = NOW.plus(SignInThrottle.MEMORY);
        throttle.recordFailure(TARGET, nextDay);
        assertEquals(Optional.empty(), throttle.waitFor(TARGET, nextDay), "counting starts afresh: one failure");
        assertEquals(1, throttle.size(), "the other key is gone as well");
    }

    @Test
    void a_long_key_is_remembered_by_its_digest_and_still_told_apart() {
        String typed = "account:" + "a".repeat(200_000) + "@example.org";
        String other = "account:" + "a".repeat(200_000) + "@example.net";
        SignInThrottle throttle = new SignInThrottle(100);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.recordFailure(typed, NOW);
        }
        assertEquals(Optional.of(SignInThrottle.FIRST_DELAY), throttle.waitFor(typed, NOW));
        assertEquals(Optional.empty(), throttle.waitFor(other, NOW));
        assertTrue(SignInThrottle.shortened(typed).length() <= SignInThrottle.MAX_KEY_LENGTH);
        assertTrue(SignInThrottle.shortened(typed).startsWith("account:sha-256:"), SignInThrottle.shortened(typed));
        assertEquals("address:192.0.2.9", SignInThrottle.shortened("address:192.0.2.9"));
        throttle.recordSuccess(typed);
        assertEquals(0, throttle.size());
    }

    @Test
    void the_lock_doubles_with_each_failure_up_to_fifteen_minutes() {
        SignInThrottle throttle = new SignInThrottle(100);
        Instant at = NOW;
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(TARGET, at);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitFor(TARGET, at));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitFor(TARGET, at.plus(Duration.ofMinutes(14))));
        assertEquals(Optional.empty(), throttle.waitFor(TARGET, at.plus(Duration.ofMinutes(15))));
    }
}

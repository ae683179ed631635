package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignInFailuresPort} does, wherever sign-ins are tried: {@link #tryingAt(int)} is
 * the port as the {@code n}-th of {@link #PLACES} places sees it. The rules: five failures are free,
 * then the key waits five seconds, doubled with each further failure, at most fifteen minutes; a day
 * without failures or one success forgets them.
 */
public abstract class SignInFailuresContract {

    protected static final int PLACES = 3;

    protected abstract SignInFailuresPort tryingAt(int n);

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String key = "account:" + UUID.randomUUID() + "@example.org";

    @Test
    void failures_count_wherever_they_happen() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), tryingAt(i % PLACES).waitFor(key, now));
            tryingAt(i % PLACES).recordFailure(key, now);
        }
        for (int i = 0; i < PLACES; i++) {
            assertEquals(Optional.of(Duration.ofSeconds(5)), tryingAt(i).waitFor(key, now));
        }
        tryingAt(2).recordFailure(key, now.plusSeconds(5));
        assertEquals(Optional.of(Duration.ofSeconds(9)), tryingAt(0).waitFor(key, now.plusSeconds(6)), "doubled");
    }

    @Test
    void a_success_anywhere_forgets_the_failures() {
        for (int i = 0; i < 7; i++) {
            tryingAt(i % PLACES).recordFailure(key, now);
        }
        tryingAt(1).recordSuccess(key);
        for (int i = 0; i < PLACES; i++) {
            assertEquals(Optional.empty(), tryingAt(i).waitFor(key, now));
        }
    }

    @Test
    void the_lock_grows_to_fifteen_minutes_at_most_and_failures_are_forgotten_after_a_day() {
        for (int i = 0; i < 20; i++) {
            tryingAt(i % PLACES).recordFailure(key, now);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), tryingAt(0).waitFor(key, now));
        assertEquals(Optional.empty(), tryingAt(1).waitFor(key, now.plus(Duration.ofMinutes(15))));
        Instant nextDay = now.plus(Duration.ofDays(1));
        tryingAt(2).recordFailure(key, nextDay);
        assertEquals(Optional.empty(), tryingAt(0).waitFor(key, nextDay), "counting starts afresh: one failure");
    }

    @Test
    void a_very_long_key_is_counted_and_told_apart_from_another() {
        String typed = "account:" + "a".repeat(100_000) + UUID.randomUUID() + "@example.org";
        String other = typed.replace("example.org", "example.net");
        for (int i = 0; i < 5; i++) {
            tryingAt(i % PLACES).recordFailure(typed, now);
        }
        assertTrue(tryingAt(1).waitFor(typed, now).isPresent());
        assertEquals(Optional.empty(), tryingAt(2).waitFor(other, now));
    }
}

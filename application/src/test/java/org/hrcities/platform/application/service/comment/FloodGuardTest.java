package org.hrcities.platform.application.service.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.application.port.out.FloodControlContract;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.junit.jupiter.api.Test;

/** The single site's flood control: the port's contract, and its bound. */
class FloodGuardTest extends FloodControlContract {

    private final FloodGuard guard = new FloodGuard();

    @Override
    protected FloodControlPort arrivingAt(int n) {
        return guard;
    }

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration FIFTEEN_SECONDS = Duration.ofSeconds(15);

    @Test
    void knows_a_sender_by_address_and_by_email_ignoring_case() {
        assertEquals(List.of("address:192.0.2.1", "email:amira@example.org"),
                FloodGuard.senders("192.0.2.1", EmailAddress.parse("Amira@Example.org")));
        assertEquals(List.of("email:amira@example.org"), FloodGuard.senders(null, EmailAddress.parse("amira@example.org")));
    }

    @Test
    void forgets_expired_senders_and_never_holds_more_than_its_capacity() {
        FloodGuard bounded = new FloodGuard(100);
        for (int i = 0; i < 1000; i++) {
            bounded.admit(List.of("address:" + i), NOW.plusMillis(i), FIFTEEN_SECONDS);
            assertTrue(bounded.size() <= 100);
        }
        bounded.admit(List.of("address:late"), NOW.plusSeconds(60), FIFTEEN_SECONDS);
        assertEquals(1, bounded.size(), "every earlier sender has expired");
    }
}

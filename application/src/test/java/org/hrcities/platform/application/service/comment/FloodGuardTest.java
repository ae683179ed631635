package org.hrcities.platform.application.service.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration FIFTEEN_SECONDS = Duration.ofSeconds(15);

    @Test
    void knows_a_sender_by_address_and_by_email_ignoring_case() {
        assertEquals(List.of("address:192.0.2.1", "email:amira@example.org"),
                FloodGuard.senders("192.0.2.1", EmailAddress.parse("Amira@Example.org")));
        assertEquals(List.of("email:amira@example.org"), FloodGuard.senders(null, EmailAddress.parse("amira@example.org")));
    }

    @Test
    void admits_one_comment_per_sender_and_interval_and_says_how_long_to_wait() {
        FloodGuard guard = new FloodGuard();
        guard.admit(List.of("address:a"), NOW, FIFTEEN_SECONDS);
        CommentFloodException e = assertThrows(CommentFloodException.class,
                () -> guard.admit(List.of("address:b", "address:a"), NOW.plusMillis(14_001), FIFTEEN_SECONDS));
        assertEquals(Duration.ofSeconds(1), e.retryAfter());
        guard.admit(List.of("address:a"), NOW.plus(FIFTEEN_SECONDS), FIFTEEN_SECONDS);
        guard.admit(List.of("address:c"), NOW, Duration.ZERO);
        guard.admit(List.of("address:c"), NOW, Duration.ZERO);
    }

    @Test
    void a_released_admission_lets_its_sender_send_again() {
        FloodGuard guard = new FloodGuard();
        FloodGuard.Admission admission = guard.admit(List.of("address:a"), NOW, FIFTEEN_SECONDS);
        admission.release();
        guard.admit(List.of("address:a"), NOW.plusSeconds(1), FIFTEEN_SECONDS);
        assertThrows(CommentFloodException.class, () -> guard.admit(List.of("address:a"), NOW.plusSeconds(2), FIFTEEN_SECONDS));
    }

    @Test
    void forgets_expired_senders_and_never_holds_more_than_its_capacity() {
        FloodGuard guard = new FloodGuard(100);
        for (int i = 0; i < 1000; i++) {
            guard.admit(List.of("address:" + i), NOW.plusMillis(i), FIFTEEN_SECONDS);
            assertTrue(guard.size() <= 100);
        }
        guard.admit(List.of("address:late"), NOW.plusSeconds(60), FIFTEEN_SECONDS);
        assertEquals(1, guard.size(), "every earlier sender has expired");
    }

    @Test
    void admits_exactly_one_of_many_simultaneous_comments_from_one_sender() throws Exception {
        FloodGuard guard = new FloodGuard();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String address = "address:10.0.0." + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        guard.admit(List.of(address, "email:same@example.org"), NOW, FIFTEEN_SECONDS);
                        return true;
                    } catch (CommentFloodException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> result : results) {
                admitted += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, admitted);
        } finally {
            pool.shutdownNow();
        }
    }
}

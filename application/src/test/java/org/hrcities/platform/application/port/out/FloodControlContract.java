package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FloodControlPort} does, wherever comments arrive: {@link #arrivingAt(int)} is the
 * port as the {@code n}-th of {@link #PLACES} places sees it (the same object for a single running
 * site, a different member's for a cluster).
 */
public abstract class FloodControlContract {

    protected static final int PLACES = 3;
    private static final Duration FIFTEEN_SECONDS = Duration.ofSeconds(15);

    /** The port as seen where the {@code n}-th place ({@code 0 <= n < PLACES}) takes comments. */
    protected abstract FloodControlPort arrivingAt(int n);

    /** A time unique to each test, so that ports that keep their records between tests do not mix them up. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final String sender = "address:" + java.util.UUID.randomUUID();

    @Test
    void admits_one_comment_per_sender_and_interval_wherever_it_arrives_and_says_how_long_to_wait() {
        assertEquals(Optional.empty(), arrivingAt(0).admit(List.of(sender), now, FIFTEEN_SECONDS).refusedFor());
        Optional<Duration> wait = arrivingAt(1).admit(List.of("address:other-" + sender, sender), now.plusMillis(14_000),
                FIFTEEN_SECONDS).refusedFor();
        assertEquals(Optional.of(Duration.ofSeconds(1)), wait);
        assertEquals(Optional.empty(), arrivingAt(2).admit(List.of(sender), now.plus(FIFTEEN_SECONDS), FIFTEEN_SECONDS)
                .refusedFor(), "the interval has passed");
    }

    @Test
    void a_refused_comment_records_none_of_its_keys() {
        arrivingAt(0).admit(List.of(sender), now, FIFTEEN_SECONDS);
        String newEmail = "email:" + sender;
        assertTrue(arrivingAt(1).admit(List.of(sender, newEmail), now.plusSeconds(1), FIFTEEN_SECONDS).refusedFor().isPresent());
        assertEquals(Optional.empty(), arrivingAt(2).admit(List.of(newEmail), now.plusSeconds(2), FIFTEEN_SECONDS).refusedFor(),
                "the email of the refused comment was not recorded");
    }

    @Test
    void a_forgotten_sender_is_admitted_again_and_other_senders_are_not() {
        String other = "email:other-" + sender;
        arrivingAt(0).admit(List.of(sender), now, FIFTEEN_SECONDS);
        arrivingAt(0).admit(List.of(other), now, FIFTEEN_SECONDS);

        arrivingAt(1).forget(List.of(sender, "address:never-seen-" + sender));

        assertEquals(Optional.empty(), arrivingAt(2).admit(List.of(sender), now.plusSeconds(1), FIFTEEN_SECONDS).refusedFor());
        assertTrue(arrivingAt(2).admit(List.of(other), now.plusSeconds(1), FIFTEEN_SECONDS).refusedFor().isPresent());
    }

    @Test
    void a_zero_interval_admits_everything() {
        for (int i = 0; i < PLACES; i++) {
            assertEquals(Optional.empty(), arrivingAt(i).admit(List.of(sender), now, Duration.ZERO).refusedFor());
        }
    }

    @Test
    void a_released_admission_lets_its_sender_send_again_and_only_once() {
        FloodControlPort.Admission admission = arrivingAt(0).admit(List.of(sender), now, FIFTEEN_SECONDS);
        admission.release();
        assertEquals(Optional.empty(), arrivingAt(1).admit(List.of(sender), now.plusSeconds(1), FIFTEEN_SECONDS).refusedFor());
        admission.release();
        assertTrue(arrivingAt(2).admit(List.of(sender), now.plusSeconds(2), FIFTEEN_SECONDS).refusedFor().isPresent(),
                "releasing the first admission again does not undo the second");
    }

    @Test
    void admits_exactly_one_of_many_simultaneous_comments_from_one_sender_spread_over_every_place() throws Exception {
        int comments = 20;
        String email = "email:" + sender;
        ExecutorService pool = Executors.newFixedThreadPool(comments);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < comments; i++) {
                FloodControlPort place = arrivingAt(i % PLACES);
                String address = "address:10.0.0." + i + "-" + sender;
                results.add(pool.submit(() -> {
                    start.await();
                    return place.admit(List.of(address, email), now, FIFTEEN_SECONDS).refusedFor().isEmpty();
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> result : results) {
                admitted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, admitted);
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A readiness answer is asked again once it is a second old, and not before. */
class ReadinessChecksTest {

    @Test
    void an_answer_is_kept_for_less_than_a_second() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        AtomicInteger asked = new AtomicInteger();
        ReadinessChecks.Kept<String> kept = new ReadinessChecks.Kept<>(() -> "answer " + asked.incrementAndGet(), now::get);

        String first = kept.get();
        now.addAndGet(ReadinessChecks.MAX_AGE_NANOS - 1);
        assertSame(first, kept.get());
        assertEquals(1, asked.get(), "one question within the second");

        now.addAndGet(1);
        assertEquals("answer 2", kept.get());
        assertEquals(2, asked.get(), "asked again when the answer is a second old");
    }
}

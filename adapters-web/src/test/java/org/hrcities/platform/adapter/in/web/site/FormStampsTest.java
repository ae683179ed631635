package org.hrcities.platform.adapter.in.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormStampsTest {

    private static final Instant SERVED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void measures_how_long_after_serving_the_form_came_back() {
        String stamp = FormStamps.stamp(SERVED);

        assertEquals(Duration.ofMillis(4500), FormStamps.fillTime(stamp, SERVED.plusMillis(4500)));
        assertTrue(FormStamps.isGenuine(stamp));
    }

    @Test
    void a_backdated_or_missing_stamp_counts_as_sent_at_once() {
        String genuine = FormStamps.stamp(SERVED);
        String backdated = SERVED.minusSeconds(60).toEpochMilli() + genuine.substring(genuine.indexOf('.'));

        assertEquals(Duration.ZERO, FormStamps.fillTime(backdated, SERVED.plusSeconds(5)));
        assertEquals(Duration.ZERO, FormStamps.fillTime(null, SERVED));
        assertEquals(Duration.ZERO, FormStamps.fillTime("", SERVED));
        assertEquals(Duration.ZERO, FormStamps.fillTime("12345", SERVED));
        assertFalse(FormStamps.isGenuine(backdated));
    }

    @Test
    void a_stamp_from_the_future_counts_as_sent_at_once() {
        assertEquals(Duration.ZERO, FormStamps.fillTime(FormStamps.stamp(SERVED.plusSeconds(10)), SERVED));
    }
}

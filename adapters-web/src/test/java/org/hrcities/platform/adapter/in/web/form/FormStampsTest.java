package org.hrcities.platform.adapter.in.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void a_missing_or_malformed_stamp_counts_as_sent_at_once() {
        assertEquals(Duration.ZERO, FormStamps.fillTime(null, SERVED));
        assertEquals(Duration.ZERO, FormStamps.fillTime("", SERVED));
        assertEquals(Duration.ZERO, FormStamps.fillTime("12345", SERVED));
        assertEquals(Duration.ZERO, FormStamps.fillTime(SERVED.toEpochMilli() + ".forged", SERVED.plusSeconds(5)));
    }

    @Test
    void a_well_formed_stamp_this_run_did_not_sign_gives_no_fill_time_so_a_restart_spams_nobody() {
        String genuine = FormStamps.stamp(SERVED);
        String otherKey = SERVED.toEpochMilli() + "." + "A".repeat(43);
        String backdated = SERVED.minusSeconds(60).toEpochMilli() + genuine.substring(genuine.indexOf('.'));

        assertNull(FormStamps.fillTime(otherKey, SERVED.plusSeconds(5)));
        assertNull(FormStamps.fillTime(backdated, SERVED.plusSeconds(5)));
        assertFalse(FormStamps.isGenuine(otherKey));
        assertFalse(FormStamps.isGenuine(backdated));
    }

    @Test
    void a_stamp_from_the_future_counts_as_sent_at_once() {
        assertEquals(Duration.ZERO, FormStamps.fillTime(FormStamps.stamp(SERVED.plusSeconds(10)), SERVED));
    }
}

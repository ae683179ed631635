package org.hrcities.platform.adapter.in.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormStampsTest {

    private static final Instant SERVED = Instant.parse("2026-03-01T10:00:00Z");

    private final FormStamps stamps = FormStamps.withRandomKey();

    @Test
    void measures_how_long_after_serving_the_form_came_back() {
        String stamp = stamps.stamp(SERVED);

        assertEquals(Duration.ofMillis(4500), stamps.fillTime(stamp, SERVED.plusMillis(4500)));
        assertTrue(stamps.isGenuine(stamp));
    }

    @Test
    void a_missing_or_malformed_stamp_counts_as_sent_at_once() {
        assertEquals(Duration.ZERO, stamps.fillTime(null, SERVED));
        assertEquals(Duration.ZERO, stamps.fillTime("", SERVED));
        assertEquals(Duration.ZERO, stamps.fillTime("12345", SERVED));
        assertEquals(Duration.ZERO, stamps.fillTime(SERVED.toEpochMilli() + ".forged", SERVED.plusSeconds(5)));
    }

    @Test
    void a_well_formed_stamp_this_run_did_not_sign_gives_no_fill_time_so_a_restart_spams_nobody() {
        String genuine = stamps.stamp(SERVED);
        String otherKey = SERVED.toEpochMilli() + "." + "A".repeat(43);
        String backdated = SERVED.minusSeconds(60).toEpochMilli() + genuine.substring(genuine.indexOf('.'));

        assertNull(stamps.fillTime(otherKey, SERVED.plusSeconds(5)));
        assertNull(stamps.fillTime(backdated, SERVED.plusSeconds(5)));
        assertFalse(stamps.isGenuine(otherKey));
        assertFalse(stamps.isGenuine(backdated));
    }

    @Test
    void a_new_key_put_first_signs_while_the_old_one_still_checks_the_forms_it_signed() {
        byte[] oldKey = FormStamps.randomKey();
        byte[] newKey = FormStamps.randomKey();
        FormStamps before = new FormStamps(List.of(oldKey));
        FormStamps during = new FormStamps(List.of(newKey, oldKey));
        FormStamps after = new FormStamps(List.of(newKey));
        String open = before.stamp(SERVED);
        String fresh = during.stamp(SERVED);

        assertEquals(Duration.ofSeconds(8), during.fillTime(open, SERVED.plusSeconds(8)), "an open form still counts");
        assertEquals(Duration.ofSeconds(8), after.fillTime(fresh, SERVED.plusSeconds(8)), "signed with the new key");
        assertNull(after.fillTime(open, SERVED.plusSeconds(8)), "the old key is gone: of unknown age");
        assertNull(before.fillTime(fresh, SERVED.plusSeconds(8)));
    }

    @Test
    void members_with_the_same_keys_check_each_others_stamps() {
        byte[] key = FormStamps.randomKey();
        assertEquals(Duration.ofSeconds(3),
                new FormStamps(List.of(key)).fillTime(new FormStamps(List.of(key)).stamp(SERVED), SERVED.plusSeconds(3)));
    }

    @Test
    void refuses_a_short_key_or_none() {
        assertThrows(IllegalArgumentException.class, () -> new FormStamps(List.of(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new FormStamps(List.of()));
    }

    @Test
    void a_stamp_from_the_future_counts_as_sent_at_once() {
        assertEquals(Duration.ZERO, stamps.fillTime(stamps.stamp(SERVED.plusSeconds(10)), SERVED));
    }
}

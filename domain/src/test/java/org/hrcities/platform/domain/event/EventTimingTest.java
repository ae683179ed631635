package org.hrcities.platform.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTimingTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void keeps_local_times_and_finds_their_instants_in_the_zone() {
        EventTiming timing = EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"), BRUSSELS);

        assertEquals(Instant.parse("2021-01-20T13:00:00Z"), timing.startInstant());
        assertEquals(Instant.parse("2021-01-20T15:00:00Z"), timing.endInstant());
        assertEquals(LocalDate.parse("2021-01-20"), timing.firstDay());
        assertEquals(LocalDate.parse("2021-01-20"), timing.lastDay());
        assertTrue(timing.isOverAt(Instant.parse("2021-01-20T15:00:00Z")));
        assertFalse(timing.isOverAt(Instant.parse("2021-01-20T14:59:59Z")));
    }

    @Test
    void an_all_day_event_runs_from_the_first_midnight_to_the_one_after_its_last_day() {
        EventTiming timing = EventTiming.allDay(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02"), BRUSSELS);

        assertTrue(timing.allDay());
        assertEquals(LocalDateTime.parse("2026-06-03T00:00"), timing.end());
        assertEquals(LocalDate.parse("2026-06-02"), timing.lastDay());
        assertEquals(Instant.parse("2026-05-31T22:00:00Z"), timing.startInstant());
    }

    @Test
    void refuses_an_end_before_or_at_the_start() {
        InvalidValueException before = assertThrows(InvalidValueException.class, () -> EventTiming.at(
                LocalDateTime.parse("2026-03-10T10:00"), LocalDateTime.parse("2026-03-10T09:00"), BRUSSELS));
        assertEquals("the end must be after the start", before.getMessage());
        assertEquals("end", before.field());
        assertThrows(InvalidValueException.class, () -> EventTiming.at(
                LocalDateTime.parse("2026-03-10T10:00"), LocalDateTime.parse("2026-03-10T10:00"), BRUSSELS));
        InvalidValueException days = assertThrows(InvalidValueException.class, () -> EventTiming.allDay(
                LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-09"), BRUSSELS));
        assertEquals("the last day must not be before the first day", days.getMessage());
    }

    @Test
    void refuses_a_time_the_clocks_skip() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EventTiming.at(
                LocalDateTime.parse("2026-03-29T02:30"), LocalDateTime.parse("2026-03-29T04:00"), BRUSSELS));
        assertEquals("start 29 March 2026 02:30 does not exist in Europe/Brussels: the clocks move forward"
                + " from 02:00 to 03:00 that night; choose another time", e.getMessage());
        assertEquals("start", e.field());
    }

    @Test
    void refuses_a_time_the_clocks_live_twice() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EventTiming.at(
                LocalDateTime.parse("2026-10-25T01:00"), LocalDateTime.parse("2026-10-25T02:30"), BRUSSELS));
        assertEquals("end 25 October 2026 02:30 is ambiguous in Europe/Brussels: the clocks go back"
                + " from 03:00 to 02:00 that night, so it happens twice; choose another time", e.getMessage());
        assertEquals("end", e.field());
    }

    @Test
    void an_event_across_a_clock_change_lasts_its_real_length() {
        EventTiming night = EventTiming.at(LocalDateTime.parse("2026-10-25T00:00"), LocalDateTime.parse("2026-10-25T04:00"), BRUSSELS);

        assertEquals(5, Duration.between(night.startInstant(), night.endInstant()).toHours());
    }

    @Test
    void reads_iana_zone_names() {
        assertEquals(BRUSSELS, EventTiming.zoneNamed(" Europe/Brussels "));
        assertEquals("America/Argentina/Buenos_Aires", EventTiming.zoneNamed("America/Argentina/Buenos_Aires").getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Atlantis", "+01:00", "CET+1", "europe/brussels", "Z"})
    void refuses_names_the_time_zone_database_does_not_know(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EventTiming.zoneNamed(name));
        assertTrue(e.getMessage().startsWith("unknown time zone \"" + name + "\""), e.getMessage());
        assertEquals("timeZone", e.field());
    }

    @Test
    void cuts_a_very_long_zone_name_in_its_message() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EventTiming.zoneNamed("x".repeat(5_000)));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertEquals("timeZone is required", assertThrows(InvalidValueException.class, () -> EventTiming.zoneNamed(" ")).getMessage());
    }

    @Test
    void refuses_events_longer_than_a_year_or_out_of_range() {
        assertEquals("an event lasts at most 366 days", assertThrows(InvalidValueException.class, () -> EventTiming.allDay(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-06-01"), BRUSSELS)).getMessage());
        assertEquals("start must be between the years 1900 and 2200", assertThrows(InvalidValueException.class, () -> EventTiming.at(
                LocalDateTime.parse("1850-01-01T10:00"), LocalDateTime.parse("1850-01-01T11:00"), BRUSSELS)).getMessage());
    }
}

package org.hrcities.platform.adapter.in.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.domain.event.EventTiming;
import org.junit.jupiter.api.Test;

/** An event's timing read from the texts of the admin API and the admin form, every refusal named on its input. */
class EventTimesTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Test
    void reads_a_timed_event_as_the_clocks_show_it_in_its_zone() {
        FieldErrors errors = new FieldErrors();

        EventTiming timing = EventTimes.read(" America/Montreal ", false, "2021-06-01T18:00", "2021-06-01 20:30:15", errors);

        assertTrue(errors.isEmpty(), errors.messages().toString());
        assertEquals(EventTiming.at(LocalDateTime.parse("2021-06-01T18:00"), LocalDateTime.parse("2021-06-01T20:30:15"),
                MONTREAL), timing);
    }

    @Test
    void reads_an_all_day_event_from_its_first_to_its_last_day() {
        FieldErrors errors = new FieldErrors();

        EventTiming timing = EventTimes.read("America/Montreal", true, "2021-06-01", "2021-06-03", errors);

        assertEquals(EventTiming.allDay(LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-03"), MONTREAL), timing);
    }

    @Test
    void an_all_day_events_last_day_is_refused_on_the_end() {
        FieldErrors errors = new FieldErrors();

        assertNull(EventTimes.read("Europe/Brussels", true, "2021-06-03", "2021-06-01", errors));

        assertEquals(Map.of("end", "The last day must not be before the first day."), errors.messages());
    }

    @Test
    void names_every_refused_input_at_once() {
        FieldErrors errors = new FieldErrors();

        assertNull(EventTimes.read("+01:00", false, "2021-06-01T18:00Z", "", errors));

        assertEquals(List.of("timeZone", "start", "end"), List.copyOf(errors.messages().keySet()));
        assertTrue(errors.messages().get("start").contains("without an offset"), errors.messages().toString());
        assertEquals("End is required.", errors.messages().get("end"));
    }

    @Test
    void a_time_the_clocks_skip_keeps_the_domains_message() {
        FieldErrors errors = new FieldErrors();

        assertNull(EventTimes.read("America/Montreal", false, "2021-03-14T02:30", "2021-03-14T04:00", errors));

        assertTrue(errors.messages().get("start").startsWith("Start 14 March 2021 02:30 does not exist in America/Montreal"),
                errors.messages().toString());
    }

    @Test
    void shows_seconds_only_when_there_are_some() {
        assertEquals("2021-06-01T18:00", EventTimes.inputValue(LocalDateTime.parse("2021-06-01T18:00:00")));
        assertEquals("2021-06-01T18:00:15", EventTimes.inputValue(LocalDateTime.parse("2021-06-01T18:00:15.5")));
    }
}

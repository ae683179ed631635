package org.hrcities.platform.adapter.in.web.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * An event's timing read from text, as the admin API and the admin's event form take it: the IANA
 * time zone ({@code timeZone}, "Europe/Brussels"), whether the event takes whole days
 * ({@code allDay}), and its {@code start} and {@code end} as the clocks show them there: local
 * date-times ("2021-01-20T14:00") for a timed event, the first and last day ("2021-01-20", both
 * included) for an all-day one. Every refused input is recorded under {@code timeZone},
 * {@code start} or {@code end}, with the domain's precise message (a time the clocks skip or live
 * twice names the change of the clocks).
 */
public final class EventTimes {

    /** The zone a new event starts with: most of the network's cities keep Central European Time. */
    public static final String DEFAULT_ZONE = "Europe/Brussels";

    private EventTimes() {
    }

    /** The timing the texts describe, or null with every refused input recorded in {@code errors}. */
    public static EventTiming read(String timeZone, boolean allDay, String start, String end, FieldErrors errors) {
        ZoneId zone = errors.capture("timeZone", () -> EventTiming.zoneNamed(timeZone));
        if (allDay) {
            LocalDate first = errors.capture("start", () -> date("start", start));
            LocalDate last = errors.capture("end", () -> date("end", end));
            return zone == null || first == null || last == null ? null
                    : build(errors, () -> EventTiming.allDay(first, last, zone));
        }
        LocalDateTime from = errors.capture("start", () -> dateTime("start", start));
        LocalDateTime to = errors.capture("end", () -> dateTime("end", end));
        return zone == null || from == null || to == null ? null : build(errors, () -> EventTiming.at(from, to, zone));
    }

    /** The local date-time an input shows ("2021-01-20T14:00"), for forms and answers. */
    public static String inputValue(LocalDateTime value) {
        return value.withNano(0).toString(); // seconds only when there are some
    }

    private static EventTiming build(FieldErrors errors, Supplier<EventTiming> timing) {
        try {
            return timing.get();
        } catch (InvalidValueException e) {
            // an all-day event's end is its last day, which the domain calls lastDay
            boolean lastDay = "lastDay".equals(e.field());
            errors.add(lastDay ? "end" : e.field(), lastDay ? e.getMessage().replaceFirst("^lastDay\\b", "end") : e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " of an all-day event must be a date such as 2021-01-20, not \""
                    + abbreviate(text) + "\"");
        }
    }

    private static LocalDateTime dateTime(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be a local date and time such as 2021-01-20T14:00 "
                    + "(without an offset: the time zone says where), not \"" + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}

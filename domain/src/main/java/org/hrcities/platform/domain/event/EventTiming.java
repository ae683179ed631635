package org.hrcities.platform.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Objects;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * When an event takes place: a start and an end as the clocks show them where it is held, and that
 * place's IANA time zone ("Europe/Brussels"). Times are kept as local date-times with their zone,
 * not as instants, so that an event stays at 10:00 in Brussels whatever the clocks do elsewhere.
 *
 * <p>A timed event's start and end must each name one moment: a time skipped when the clocks move
 * forward (02:30 on the last Sunday of March in Brussels) or lived twice when they move back
 * (02:30 on the last Sunday of October) is refused with a message that says so. An all-day event
 * runs from the start of its first day to the end of its last; {@link #end()} is then the start of
 * the day after it, as in iCalendar.
 *
 * @param start  when it begins, local to {@code zone} (for an all-day event: midnight of the first day)
 * @param end    when it ends, after {@code start} (for an all-day event: midnight after the last day)
 * @param zone   an IANA time zone
 * @param allDay whether the event takes whole days, without hours
 */
public record EventTiming(LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay) {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;
    public static final int MAX_DAYS = 366;
    private static final int MAX_ZONE_NAME_LENGTH = 64;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public EventTiming {
        if (zone == null) {
            throw new InvalidValueException("timeZone", "timeZone is required");
        }
        if (start == null) {
            throw new InvalidValueException("start", "start is required");
        }
        if (end == null) {
            throw new InvalidValueException(allDay ? "lastDay" : "end", (allDay ? "lastDay" : "end") + " is required");
        }
        requireYear("start", start);
        requireYear(allDay ? "lastDay" : "end", end);
        if (allDay) {
            if (!start.toLocalTime().equals(LocalTime.MIDNIGHT) || !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                throw new InvalidValueException("start", "an all-day event starts and ends at midnight");
            }
            if (!end.isAfter(start)) {
                throw new InvalidValueException("lastDay", "the last day must not be before the first day");
            }
        } else {
            requireOneMoment("start", start, zone);
            requireOneMoment("end", end, zone);
            if (!end.atZone(zone).toInstant().isAfter(start.atZone(zone).toInstant())) {
                throw new InvalidValueException("end", "the end must be after the start");
            }
        }
        if (Duration.between(start, end).toDays() > MAX_DAYS) {
            throw new InvalidValueException(allDay ? "lastDay" : "end", "an event lasts at most " + MAX_DAYS + " days");
        }
    }

    /** A timed event, from {@code start} to {@code end} as the clocks show them in {@code zone}. */
    public static EventTiming at(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new EventTiming(start, end, zone, false);
    }

    /** An all-day event from {@code firstDay} to {@code lastDay}, both included. */
    public static EventTiming allDay(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        if (firstDay == null) {
            throw new InvalidValueException("start", "start is required");
        }
        if (lastDay == null) {
            throw new InvalidValueException("lastDay", "lastDay is required");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidValueException("lastDay", "the last day must not be before the first day");
        }
        return new EventTiming(firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay(), zone, true);
    }

    /**
     * Reads an IANA time zone name ("Europe/Brussels"). Offsets ("+01:00") and names the time zone
     * database does not know are refused: an event's zone must follow the place's daylight-saving rules.
     */
    public static ZoneId zoneNamed(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("timeZone", "timeZone is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_ZONE_NAME_LENGTH || !ZoneId.getAvailableZoneIds().contains(trimmed)) {
            String shown = trimmed.length() > MAX_ZONE_NAME_LENGTH ? trimmed.substring(0, MAX_ZONE_NAME_LENGTH) + "…" : trimmed;
            throw new InvalidValueException("timeZone", "unknown time zone \"" + shown
                    + "\": use a name from the IANA time zone database, such as Europe/Brussels");
        }
        return ZoneId.of(trimmed);
    }

    public Instant startInstant() {
        return allDay ? start.toLocalDate().atStartOfDay(zone).toInstant() : start.atZone(zone).toInstant();
    }

    public Instant endInstant() {
        return allDay ? end.toLocalDate().atStartOfDay(zone).toInstant() : end.atZone(zone).toInstant();
    }

    /** The first day of the event, in its zone. */
    public LocalDate firstDay() {
        return start.toLocalDate();
    }

    /** The last day of the event, in its zone (for a timed event ending at midnight: the day before). */
    public LocalDate lastDay() {
        LocalDate endDay = end.toLocalDate();
        return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? endDay.minusDays(1) : endDay;
    }

    /** Whether the event has ended at {@code now}. */
    public boolean isOverAt(Instant now) {
        return !endInstant().isAfter(now);
    }

    private static void requireYear(String field, LocalDateTime value) {
        if (value.getYear() < EARLIEST_YEAR || value.getYear() > LATEST_YEAR) {
            throw new InvalidValueException(field, field + " must be between the years " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
    }

    private static void requireOneMoment(String field, LocalDateTime value, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        int offsets = rules.getValidOffsets(value).size();
        if (offsets == 1) {
            return;
        }
        ZoneOffsetTransition change = Objects.requireNonNull(rules.getTransition(value));
        if (offsets == 0) {
            throw new InvalidValueException(field, field + " " + SHOWN.format(value) + " does not exist in " + zone.getId()
                    + ": the clocks move forward from " + CLOCK.format(change.getDateTimeBefore()) + " to "
                    + CLOCK.format(change.getDateTimeAfter()) + " that night; choose another time");
        }
        throw new InvalidValueException(field, field + " " + SHOWN.format(value) + " is ambiguous in " + zone.getId()
                + ": the clocks go back from " + CLOCK.format(change.getDateTimeBefore()) + " to "
                + CLOCK.format(change.getDateTimeAfter()) + " that night, so it happens twice; choose another time");
    }
}

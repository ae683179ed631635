package org.hrcities.platform.adapter.in.web.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hrcities.platform.domain.event.EventTiming;

/**
 * When an event takes place, as pages and feeds show it: always in the event's own time zone, with
 * the zone named, since a visitor elsewhere must not guess whose clock "14:00" is. Machines get ISO
 * 8601 with the offset the zone had then (a date alone for an all-day event).
 */
public final class EventTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private EventTimes() {
    }

    /**
     * "Wednesday 20 January 2021, 14:00–16:00 (Europe/Brussels time)"; over several days
     * "Friday 1 October 2021, 18:00 – Saturday 2 October 2021, 12:00 (Europe/Lisbon time)"; all day
     * "Wednesday 20 January 2021, all day (Europe/Brussels time)" or "Monday 4 – ..." with both days in full.
     */
    public static String human(EventTiming timing) {
        return span(timing, DAY) + " (" + timing.zone().getId() + " time)";
    }

    /** The same in short, for lists: "Wed 20 Jan 2021, 14:00–16:00 (Europe/Brussels time)". */
    public static String brief(EventTiming timing) {
        return span(timing, SHORT_DAY) + " (" + timing.zone().getId() + " time)";
    }

    /** {@link #human(EventTiming)} in the language of {@code texts}: "Mittwoch, 20. Januar 2021, 14:00–16:00 (Zeit: Europe/Brussels)". */
    public static String human(EventTiming timing, Texts texts) {
        return inLanguage(timing, texts, "format.eventDay");
    }

    /** {@link #brief(EventTiming)} in the language of {@code texts}. */
    public static String brief(EventTiming timing, Texts texts) {
        return inLanguage(timing, texts, "format.eventShortDay");
    }

    private static String inLanguage(EventTiming timing, Texts texts, String dayPattern) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.t(dayPattern), texts.locale());
        String span;
        if (timing.allDay()) {
            LocalDate first = timing.firstDay();
            LocalDate last = timing.lastDay();
            span = first.equals(last) ? texts.t("event.time.allDay", day.format(first))
                    : texts.t("event.time.allDays", day.format(first), day.format(last));
        } else {
            LocalDateTime start = timing.start();
            LocalDateTime end = timing.end();
            span = start.toLocalDate().equals(end.toLocalDate())
                    ? texts.t("event.time.sameDay", day.format(start), CLOCK.format(start), CLOCK.format(end))
                    : texts.t("event.time.span", day.format(start), CLOCK.format(start), day.format(end), CLOCK.format(end));
        }
        return texts.t("event.time.zone", span, timing.zone().getId());
    }

    private static String span(EventTiming timing, DateTimeFormatter day) {
        if (timing.allDay()) {
            LocalDate first = timing.firstDay();
            LocalDate last = timing.lastDay();
            return first.equals(last) ? day.format(first) + ", all day"
                    : day.format(first) + " – " + day.format(last) + ", all day";
        }
        LocalDateTime start = timing.start();
        LocalDateTime end = timing.end();
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + ", " + CLOCK.format(start) + "–" + CLOCK.format(end);
        }
        return day.format(start) + ", " + CLOCK.format(start) + " – " + day.format(end) + ", " + CLOCK.format(end);
    }

    /** The start for machines: "2021-01-20T14:00:00+01:00", or "2021-01-20" for an all-day event. */
    public static String isoStart(EventTiming timing) {
        return timing.allDay() ? timing.firstDay().toString() : iso(timing.start(), timing);
    }

    /**
     * The end for machines: "2021-01-20T16:00:00+01:00", or for an all-day event its last day
     * ("2021-01-22" for an event that ends that evening), as schema.org reads an end date.
     */
    public static String isoEnd(EventTiming timing) {
        return timing.allDay() ? timing.lastDay().toString() : iso(timing.end(), timing);
    }

    /** A local date-time of the event as ISO 8601 with the offset its zone had then. */
    public static String iso(LocalDateTime local, EventTiming timing) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atZone(timing.zone()).toOffsetDateTime());
    }
}

package org.hrcities.platform.adapter.in.web.admin.event;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hrcities.platform.domain.event.EventStatus;
import org.hrcities.platform.domain.event.EventTiming;

/** An event's date as the admin shows it: in the event's own time zone, which it names. */
final class EventWhen {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private EventWhen() {
    }

    /** "Wed 20 January 2021, 14:00–16:00 (Europe/Brussels)"; "Wed 20 January 2021 – Thu 21 January 2021, all day". */
    static String of(EventTiming timing) {
        if (timing.allDay()) {
            String first = DAY.format(timing.firstDay());
            String days = timing.lastDay().equals(timing.firstDay()) ? first : first + " – " + DAY.format(timing.lastDay());
            return days + ", all day (" + timing.zone().getId() + ")";
        }
        String start = DAY.format(timing.start()) + ", " + CLOCK.format(timing.start());
        String end = timing.end().toLocalDate().equals(timing.start().toLocalDate()) ? "–" + CLOCK.format(timing.end())
                : " – " + DAY.format(timing.end()) + ", " + CLOCK.format(timing.end());
        return start + end + " (" + timing.zone().getId() + ")";
    }

    /** "Scheduled", "Postponed" or "Cancelled". */
    static String standing(EventStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

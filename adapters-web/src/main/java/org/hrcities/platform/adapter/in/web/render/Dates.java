package org.hrcities.platform.adapter.in.web.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages show them: "4 January 2021" for people, ISO 8601 for machines. */
public final class Dates {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HUMAN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static String human(Instant at) {
        return HUMAN.format(at);
    }

    public static String humanWithTime(Instant at) {
        return HUMAN_TIME.format(at);
    }

    public static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }
}

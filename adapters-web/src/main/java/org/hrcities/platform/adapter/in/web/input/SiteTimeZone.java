package org.hrcities.platform.adapter.in.web.input;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import org.hrcities.platform.adapter.in.web.render.Texts;

/**
 * The time zone the editors think in ({@code hrc.site.time-zone}): the admin shows publication times
 * in it and reads the time typed into a {@code datetime-local} field as a time there.
 */
public record SiteTimeZone(ZoneId zone) {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    public SiteTimeZone {
        Objects.requireNonNull(zone, "zone");
    }

    /** The zone's id, such as "Europe/Brussels". */
    public String id() {
        return zone.getId();
    }

    /** The value of a {@code datetime-local} input for the instant, in this zone, to the minute. */
    public String inputValue(Instant at) {
        return at == null ? "" : LOCAL_INPUT.format(at.atZone(zone));
    }

    /** "4 January 2027 at 09:30 (Europe/Brussels)". */
    public String human(Instant at) {
        return HUMAN.format(at.atZone(zone)) + " (" + zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH).replace('_', ' ')
                + ")";
    }

    /**
     * The same in the language of {@code texts} (its {@code format.dateTime}): "4 janvier 2027 à 09:30
     * (heure d’Europe centrale)".
     */
    public String human(Instant at, Texts texts) {
        return texts.dateTime(at, zone) + " (" + zone.getDisplayName(TextStyle.FULL, texts.locale()).replace('_', ' ') + ")";
    }

    /**
     * The instant a {@code datetime-local} value names in this zone (seconds optional); a time that a
     * clock change skips is moved forward, one it repeats takes the earlier offset.
     *
     * @throws java.time.format.DateTimeParseException if the text is not such a value
     */
    public Instant parseInput(String text) {
        return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
    }
}

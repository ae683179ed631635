package org.hrcities.platform.adapter.in.web.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of one element's children (an item's, a comment's, an author's...), by key, with where
 * each was read, converted on request into what WordPress means by it. Values that WordPress writes
 * around with whitespace (ids, slugs, dates, states) are asked for as {@link #token}; bodies, names and
 * titles as {@link #text}, exactly as written. A child that is missing reads as empty (0 for a number,
 * null for a date); a child that is there twice reads as the last one.
 */
final class WxrFields {

    /** WordPress's date format; the time zone is the key's ({@code _gmt} or the site's). */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    /** What WordPress writes for a date it never set (a draft's publication date). */
    private static final String NO_DATE = "0000-00-00 00:00:00";
    /** How much of a refused value a message repeats. */
    private static final int SHOWN_LENGTH = 40;

    private record Value(String text, int line, int column) {
    }

    private final Map<String, Value> values = new HashMap<>();

    void put(String key, String text, int line, int column) {
        values.put(key, new Value(text, line, column));
    }

    /** The text exactly as written, or empty. */
    String text(String key) {
        Value value = values.get(key);
        return value == null ? "" : value.text();
    }

    /** The text without the whitespace around it, or empty. */
    String token(String key) {
        return text(key).strip();
    }

    /** A whole number, 0 if missing or empty. */
    long number(String key) {
        String token = token(key);
        try {
            return token.isEmpty() ? 0 : Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number");
        }
    }

    /** A whole number that fits an int, 0 if missing or empty. */
    int smallNumber(String key) {
        long number = number(key);
        if (number != (int) number) {
            throw invalid(key, "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
        return (int) number;
    }

    /** True for {@code 1}, as WordPress writes its flags. */
    boolean flag(String key) {
        return token(key).equals("1");
    }

    /** A date in UTC, or null if missing, empty or never set. */
    Instant gmt(String key) {
        LocalDateTime dateTime = local(key);
        return dateTime == null ? null : dateTime.toInstant(ZoneOffset.UTC);
    }

    /** A date in the site's time zone, or null if missing, empty or never set. */
    LocalDateTime local(String key) {
        String token = token(key);
        if (token.isEmpty() || token.equals(NO_DATE)) {
            return null;
        }
        try {
            return LocalDateTime.parse(token, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(key, "a date such as 2021-01-04 09:00:00");
        }
    }

    private WxrFormatException invalid(String key, String expected) {
        Value value = values.get(key);
        String shown = value.text().strip();
        if (shown.length() > SHOWN_LENGTH) {
            shown = shown.substring(0, SHOWN_LENGTH) + "...";
        }
        return new WxrFormatException("invalid value", key + " is \"" + shown + "\", not " + expected, value.line(),
                value.column());
    }
}

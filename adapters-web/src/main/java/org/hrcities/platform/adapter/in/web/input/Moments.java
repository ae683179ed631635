package org.hrcities.platform.adapter.in.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Moments given in query parameters: an ISO 8601 date-time with its offset
 * ({@code 2021-01-20T14:00:00+01:00}, {@code 2021-01-20T13:00:00Z}) or a date alone
 * ({@code 2021-01-20}), which is a day in UTC: its start for a lower bound, its end (the next day's
 * start) for an upper one, so that {@code to=2021-01-31} includes the 31st.
 */
public final class Moments {

    private Moments() {
    }

    /** The lower bound {@code text} names, or null when it is absent. */
    public static Instant from(String field, String text) {
        return parse(field, text, false);
    }

    /** The upper bound {@code text} names (a date: the end of that day), or null when it is absent. */
    public static Instant until(String field, String text) {
        return parse(field, text, true);
    }

    private static Instant parse(String field, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() <= 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be a date (2021-01-20) or a date-time with its offset"
                    + " (2021-01-20T14:00:00+01:00 or 2021-01-20T13:00:00Z), not \"" + abbreviate(value) + "\"");
        }
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}

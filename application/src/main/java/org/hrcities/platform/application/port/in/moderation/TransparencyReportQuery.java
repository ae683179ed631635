package org.hrcities.platform.application.port.in.moderation;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** The months (UTC) a transparency report covers, both included: at most {@value #MAX_MONTHS}. */
public record TransparencyReportQuery(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 120;

    public TransparencyReportQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the report must end in or after the month it starts");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new InvalidValueException("to", "a report covers at most " + MAX_MONTHS + " months");
        }
    }
}

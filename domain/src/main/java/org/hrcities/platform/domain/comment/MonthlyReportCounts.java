package org.hrcities.platform.domain.comment;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Readers' reports of comments made in one month (UTC), without any personal data: how many came
 * in, and of those, how many moderators have dismissed, upheld, or not yet decided on.
 */
public record MonthlyReportCounts(YearMonth month, long received, long dismissed, long upheld, long open) {

    public MonthlyReportCounts {
        Objects.requireNonNull(month, "month");
        if (received < 0 || dismissed < 0 || upheld < 0 || open < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (dismissed + upheld + open != received) {
            throw new IllegalArgumentException("every report received is dismissed, upheld or open");
        }
    }

    public static MonthlyReportCounts none(YearMonth month) {
        return new MonthlyReportCounts(month, 0, 0, 0, 0);
    }
}

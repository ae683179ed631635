package org.hrcities.platform.domain.comment;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What moderation did in one month (UTC), without any personal data: how many comments arrived, and
 * how many decisions (by a rule on arrival or by a person) put a comment into approved, spam or trash.
 */
public record MonthlyModerationCounts(YearMonth month, long received, long approved, long spam, long trashed) {

    public MonthlyModerationCounts {
        Objects.requireNonNull(month, "month");
        if (received < 0 || approved < 0 || spam < 0 || trashed < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static MonthlyModerationCounts none(YearMonth month) {
        return new MonthlyModerationCounts(month, 0, 0, 0, 0);
    }
}

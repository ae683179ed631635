package org.hrcities.platform.application.port.in.moderation;

import java.util.List;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;

/**
 * What moderation did, month by month (UTC), every month of the query listed (with zeros when
 * nothing happened), oldest first. No personal data.
 */
public record TransparencyReport(List<MonthlyModerationCounts> months) {

    public TransparencyReport {
        months = List.copyOf(months);
    }
}

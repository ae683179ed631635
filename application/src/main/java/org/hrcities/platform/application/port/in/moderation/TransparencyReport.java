package org.hrcities.platform.application.port.in.moderation;

import java.util.List;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;

/**
 * What moderation did, month by month (UTC), every month of the query listed (with zeros when
 * nothing happened), oldest first. No personal data.
 */
public record TransparencyReport(List<MonthlyModerationCounts> months, List<MonthlyReportCounts> reports) {

    /**
     * @param months what moderation did, month by month
     * @param reports readers' reports made, month by month (the same months), with their outcomes so far
     */
    public TransparencyReport {
        months = List.copyOf(months);
        reports = List.copyOf(reports);
        if (reports.size() != months.size()) {
            throw new IllegalArgumentException("the report counts must cover the same months");
        }
    }

    /** A report of months in which readers reported nothing. */
    public TransparencyReport(List<MonthlyModerationCounts> months) {
        this(months, months.stream().map(counts -> MonthlyReportCounts.none(counts.month())).toList());
    }
}

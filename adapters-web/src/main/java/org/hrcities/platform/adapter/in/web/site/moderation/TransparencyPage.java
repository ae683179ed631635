package org.hrcities.platform.adapter.in.web.site.moderation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hrcities.platform.application.port.in.moderation.TransparencyReport;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;

/** The public transparency report: counts per month, newest month first, and the totals. No personal data. */
public record TransparencyPage(List<Month> months, Month total, List<ReportMonth> reports, ReportMonth reportsTotal) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** One row of the table. */
    public record Month(String label, String iso, long received, long approved, long spam, long trashed) {
    }

    /** One row of the table of readers' reports. */
    public record ReportMonth(String label, String iso, long received, long dismissed, long upheld, long open) {
    }

    public static TransparencyPage of(TransparencyReport report) {
        List<Month> months = new ArrayList<>(report.months().stream().map(TransparencyPage::month).toList());
        Collections.reverse(months);
        Month total = new Month("Twelve months", null, sum(report, MonthlyModerationCounts::received),
                sum(report, MonthlyModerationCounts::approved), sum(report, MonthlyModerationCounts::spam),
                sum(report, MonthlyModerationCounts::trashed));
        List<ReportMonth> reports = new ArrayList<>(report.reports().stream().map(counts -> new ReportMonth(
                MONTH.format(counts.month()), counts.month().toString(), counts.received(), counts.dismissed(),
                counts.upheld(), counts.open())).toList());
        Collections.reverse(reports);
        ReportMonth reportsTotal = new ReportMonth("Twelve months", null,
                report.reports().stream().mapToLong(MonthlyReportCounts::received).sum(),
                report.reports().stream().mapToLong(MonthlyReportCounts::dismissed).sum(),
                report.reports().stream().mapToLong(MonthlyReportCounts::upheld).sum(),
                report.reports().stream().mapToLong(MonthlyReportCounts::open).sum());
        return new TransparencyPage(List.copyOf(months), total, List.copyOf(reports), reportsTotal);
    }

    private static Month month(MonthlyModerationCounts counts) {
        return new Month(MONTH.format(counts.month()), counts.month().toString(), counts.received(), counts.approved(),
                counts.spam(), counts.trashed());
    }

    private static long sum(TransparencyReport report, java.util.function.ToLongFunction<MonthlyModerationCounts> count) {
        return report.months().stream().mapToLong(count).sum();
    }
}

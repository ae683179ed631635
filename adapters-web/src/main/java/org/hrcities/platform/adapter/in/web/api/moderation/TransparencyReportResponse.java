package org.hrcities.platform.adapter.in.web.api.moderation;

import java.util.List;
import org.hrcities.platform.application.port.in.moderation.TransparencyReport;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;

/**
 * How many comments arrived each month (UTC, {@code yyyy-MM}) and how many decisions approved them,
 * marked them as spam or trashed them, oldest month first. Counts only: no personal data.
 */
public record TransparencyReportResponse(String from, String to, List<MonthResponse> months) {

    /** One month's counts: comments and decisions, and the readers' reports made that month. */
    public record MonthResponse(String month, long received, long approved, long spam, long trashed,
                                ReportsResponse reports) {

        static MonthResponse from(MonthlyModerationCounts counts, MonthlyReportCounts reports) {
            return new MonthResponse(counts.month().toString(), counts.received(), counts.approved(), counts.spam(),
                    counts.trashed(), ReportsResponse.from(reports));
        }
    }

    /** Readers' reports made in a month, and what became of them so far. */
    public record ReportsResponse(long received, long dismissed, long upheld, long open) {

        static ReportsResponse from(MonthlyReportCounts counts) {
            return new ReportsResponse(counts.received(), counts.dismissed(), counts.upheld(), counts.open());
        }
    }

    public static TransparencyReportResponse from(TransparencyReport report) {
        List<MonthResponse> months = new java.util.ArrayList<>();
        for (int i = 0; i < report.months().size(); i++) {
            months.add(MonthResponse.from(report.months().get(i), report.reports().get(i)));
        }
        return new TransparencyReportResponse(months.get(0).month(), months.get(months.size() - 1).month(), months);
    }
}

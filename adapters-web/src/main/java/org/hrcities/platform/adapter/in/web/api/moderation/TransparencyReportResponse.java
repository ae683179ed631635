package org.hrcities.platform.adapter.in.web.api.moderation;

import java.util.List;
import org.hrcities.platform.application.port.in.moderation.TransparencyReport;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;

/**
 * How many comments arrived each month (UTC, {@code yyyy-MM}) and how many decisions approved them,
 * marked them as spam or trashed them, oldest month first. Counts only: no personal data.
 */
public record TransparencyReportResponse(String from, String to, List<MonthResponse> months) {

    /** One month's counts. */
    public record MonthResponse(String month, long received, long approved, long spam, long trashed) {

        static MonthResponse from(MonthlyModerationCounts counts) {
            return new MonthResponse(counts.month().toString(), counts.received(), counts.approved(), counts.spam(),
                    counts.trashed());
        }
    }

    public static TransparencyReportResponse from(TransparencyReport report) {
        List<MonthResponse> months = report.months().stream().map(MonthResponse::from).toList();
        return new TransparencyReportResponse(months.get(0).month(), months.get(months.size() - 1).month(), months);
    }
}

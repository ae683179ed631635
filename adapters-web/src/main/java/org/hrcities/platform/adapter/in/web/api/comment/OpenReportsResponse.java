package org.hrcities.platform.adapter.in.web.api.comment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.application.port.in.moderation.OpenReports;
import org.hrcities.platform.domain.comment.ReportReason;

/**
 * A comment's open reports as moderators see them: how many readers, how many per reason (every
 * reason listed, by its code), the readers' notes (newest first) and when the latest came (null when
 * there is none). Never who reported.
 */
public record OpenReportsResponse(long readers, Map<String, Long> byReason, List<String> notes, Instant latestAt) {

    public static OpenReportsResponse from(OpenReports reports) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (ReportReason reason : ReportReason.values()) {
            byReason.put(reason.code(), reports.byReason().get(reason));
        }
        return new OpenReportsResponse(reports.readers(), byReason, reports.notes(), reports.latestOrNull());
    }
}

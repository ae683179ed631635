package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.PostId;

/** Maps a report to its row and back. */
final class CommentReportJpaMapper {

    private CommentReportJpaMapper() {
    }

    static CommentReport toDomain(CommentReportJpaEntity row) {
        return new CommentReport(row.id, new CommentId(row.commentId), new PostId(row.postId), new ReporterKey(row.reporter),
                ReportReason.valueOf(row.reason), row.note, row.reportedAt.toInstant(),
                row.outcome == null ? null : ReportOutcome.valueOf(row.outcome),
                row.closedAt == null ? null : row.closedAt.toInstant());
    }

    /** Writes the report into the row; the version is left to JPA. */
    static void copyInto(CommentReport report, CommentReportJpaEntity row) {
        row.commentId = report.commentId().value();
        row.postId = report.postId().value();
        row.reporter = report.reporter().value();
        row.reason = report.reason().name();
        row.note = report.note();
        row.reportedAt = report.reportedAt().atOffset(ZoneOffset.UTC);
        row.monthUtc = report.month().toString();
        row.outcome = report.outcome() == null ? null : report.outcome().name();
        row.closedAt = report.closedAt() == null ? null : report.closedAt().atOffset(ZoneOffset.UTC);
    }
}

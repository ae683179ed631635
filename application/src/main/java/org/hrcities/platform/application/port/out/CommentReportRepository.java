package org.hrcities.platform.application.port.out;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * Readers' reports of comments. One reader (one {@link ReporterKey}) reports a comment once. Reports
 * are kept when their comment is deleted, for the transparency report; they hold no network address.
 * Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface CommentReportRepository {

    /**
     * Stores a new report. Where the storage has locks, it first takes the reported comment's for the
     * rest of the transaction, so that the reports of one comment are stored one after another and
     * each transaction's {@link #countOpenReporters} sees the reports committed before it (else two
     * readers reporting at once could each count one reader too few, and the threshold pass unseen).
     *
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if a report with its id, or
     *         one from the same reader on the same comment, is stored already
     */
    void add(CommentReport report);

    /** Whether the reader has reported the comment already (open or closed). */
    boolean hasReported(CommentId comment, ReporterKey reporter);

    /** How many distinct readers have open reports on the comment. */
    long countOpenReporters(CommentId comment);

    /** Closes every open report of the comment with the outcome, at the given instant; answers how many it closed. */
    int closeOpen(CommentId comment, ReportOutcome outcome, Instant at);

    /** The open reports of each of the comments, oldest first; comments without any are left out. */
    Map<CommentId, List<CommentReport>> findOpenByComments(Collection<CommentId> comments);

    /**
     * A page of the comments that have open reports and are still stored, the most recently reported
     * first (ties broken by comment id).
     */
    Page<CommentId> findCommentsWithOpenReports(PageRequest page);

    /** How many stored comments have open reports. */
    long countCommentsWithOpenReports();

    /**
     * Per month (UTC) a report was made, from {@code from} to {@code to}, both included, oldest first:
     * how many reports came in, and how many of them are dismissed, upheld or still open. Months
     * without reports are left out.
     */
    List<MonthlyReportCounts> monthlyCounts(YearMonth from, YearMonth to);
}

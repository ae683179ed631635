package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Readers' reports in memory. Reports are immutable records, so callers never hold what is stored. */
final class InMemoryCommentReportRepository implements CommentReportRepository {

    private record ReaderOfComment(CommentId comment, ReporterKey reporter) {
    }

    private final InMemoryTransactions transactions;
    /** Whether a comment is still stored: reports outlive their comments, the Reported tab lists no gone ones. */
    private final Predicate<CommentId> commentStored;
    private final Map<UUID, CommentReport> byId = new ConcurrentHashMap<>();
    private final Map<ReaderOfComment, UUID> byReader = new ConcurrentHashMap<>();

    InMemoryCommentReportRepository(InMemoryTransactions transactions, Predicate<CommentId> commentStored) {
        this.transactions = transactions;
        this.commentStored = commentStored;
    }

    @Override
    public void add(CommentReport report) {
        transactions.lockForWrite();
        ReaderOfComment key = new ReaderOfComment(report.commentId(), report.reporter());
        if (byId.containsKey(report.id()) || byReader.containsKey(key)) {
            throw new ConcurrentUpdateException("comment report", report.id());
        }
        transactions.onRollback(() -> {
            byId.remove(report.id());
            byReader.remove(key);
        });
        byId.put(report.id(), report);
        byReader.put(key, report.id());
    }

    @Override
    public boolean hasReported(CommentId comment, ReporterKey reporter) {
        transactions.requireTransaction();
        return byReader.containsKey(new ReaderOfComment(comment, reporter));
    }

    @Override
    public long countOpenReporters(CommentId comment) {
        transactions.requireTransaction();
        return open().filter(report -> report.commentId().equals(comment)).map(CommentReport::reporter).distinct().count();
    }

    @Override
    public int closeOpen(CommentId comment, ReportOutcome outcome, Instant at) {
        transactions.lockForWrite();
        List<CommentReport> closing = open().filter(report -> report.commentId().equals(comment)).toList();
        for (CommentReport report : closing) {
            transactions.onRollback(() -> byId.put(report.id(), report));
            byId.put(report.id(), report.close(outcome, at));
        }
        return closing.size();
    }

    @Override
    public Map<CommentId, List<CommentReport>> findOpenByComments(Collection<CommentId> comments) {
        transactions.requireTransaction();
        Set<CommentId> wanted = new HashSet<>(comments);
        Map<CommentId, List<CommentReport>> byComment = new LinkedHashMap<>();
        open().filter(report -> wanted.contains(report.commentId()))
                .sorted(Comparator.comparing(CommentReport::reportedAt)
                        .thenComparing(CommentReport::id, Snapshots.UUID_BYTE_ORDER))
                .forEach(report -> byComment.computeIfAbsent(report.commentId(), id -> new ArrayList<>()).add(report));
        byComment.replaceAll((id, reports) -> List.copyOf(reports));
        return byComment;
    }

    @Override
    public Page<CommentId> findCommentsWithOpenReports(PageRequest page) {
        transactions.requireTransaction();
        return Page.of(reportedNewestFirst(), page);
    }

    @Override
    public long countCommentsWithOpenReports() {
        transactions.requireTransaction();
        return reportedNewestFirst().size();
    }

    /** The stored comments with open reports, the most recently reported first, ties by id descending. */
    private List<CommentId> reportedNewestFirst() {
        Map<CommentId, Instant> latest = new HashMap<>();
        open().filter(report -> commentStored.test(report.commentId()))
                .forEach(report -> latest.merge(report.commentId(), report.reportedAt(),
                        (a, b) -> a.isAfter(b) ? a : b));
        Comparator<Map.Entry<CommentId, Instant>> newestFirst = Map.Entry.<CommentId, Instant>comparingByValue()
                .thenComparing(entry -> entry.getKey().value(), Snapshots.UUID_BYTE_ORDER);
        return latest.entrySet().stream().sorted(newestFirst.reversed()).map(Map.Entry::getKey).toList();
    }

    @Override
    public List<MonthlyReportCounts> monthlyCounts(YearMonth from, YearMonth to) {
        transactions.requireTransaction();
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (CommentReport report : byId.values()) {
            YearMonth month = report.month();
            if (month.isBefore(from) || month.isAfter(to)) {
                continue;
            }
            long[] c = counts.computeIfAbsent(month, m -> new long[4]);
            c[0]++;
            c[1] += report.outcome() == ReportOutcome.DISMISSED ? 1 : 0;
            c[2] += report.outcome() == ReportOutcome.UPHELD ? 1 : 0;
            c[3] += report.isOpen() ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new MonthlyReportCounts(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    private java.util.stream.Stream<CommentReport> open() {
        return byId.values().stream().filter(CommentReport::isOpen);
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Readers' reports in the {@code comment_reports} table. */
final class JpaCommentReportRepository implements CommentReportRepository {

    /** Open reports of comments still stored (reports outlive their comment). */
    private static final String OPEN_OF_STORED_COMMENTS = "r.outcome IS NULL AND EXISTS "
            + "(SELECT c.id FROM CommentJpaEntity c WHERE c.id = r.commentId)";

    private final JpaTransactions transactions;

    JpaCommentReportRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Takes the comment's row lock first ({@code SELECT ... FOR UPDATE}; nothing when the comment is
     * gone), so that reports of one comment are stored one after another: the same order as a
     * moderator's decision (the comment, then its reports), so no deadlock. Not read first: a taken id,
     * or a reader reporting the comment again, is a duplicate key at the flush.
     */
    @Override
    public void add(CommentReport report) {
        EntityManager em = transactions.entityManager();
        em.find(CommentJpaEntity.class, report.commentId().value(), LockModeType.PESSIMISTIC_WRITE);
        CommentReportJpaEntity row = new CommentReportJpaEntity(report.id());
        CommentReportJpaMapper.copyInto(report, row);
        StoredRows.insert(em, row, "comment report", report.id());
        Flushing.flush(em, null, null, "comment report", report.id());
    }

    @Override
    public boolean hasReported(CommentId comment, ReporterKey reporter) {
        return !transactions.entityManager().createQuery("SELECT r.id FROM CommentReportJpaEntity r "
                        + "WHERE r.commentId = :comment AND r.reporter = :reporter", UUID.class)
                .setParameter("comment", comment.value()).setParameter("reporter", reporter.value())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long countOpenReporters(CommentId comment) {
        return transactions.entityManager().createQuery("SELECT COUNT(DISTINCT r.reporter) FROM CommentReportJpaEntity r "
                        + "WHERE r.commentId = :comment AND r.outcome IS NULL", Long.class)
                .setParameter("comment", comment.value()).getSingleResult();
    }

    /** Row by row through the managed entities, so that each keeps its version. */
    @Override
    public int closeOpen(CommentId comment, ReportOutcome outcome, Instant at) {
        EntityManager em = transactions.entityManager();
        List<CommentReportJpaEntity> open = em.createQuery("SELECT r FROM CommentReportJpaEntity r "
                        + "WHERE r.commentId = :comment AND r.outcome IS NULL", CommentReportJpaEntity.class)
                .setParameter("comment", comment.value()).getResultList();
        for (CommentReportJpaEntity row : open) {
            CommentReportJpaMapper.copyInto(CommentReportJpaMapper.toDomain(row).close(outcome, at), row);
        }
        if (!open.isEmpty()) {
            Flushing.flush(em, null, null, "comment reports of", comment);
        }
        return open.size();
    }

    @Override
    public Map<CommentId, List<CommentReport>> findOpenByComments(Collection<CommentId> comments) {
        if (comments.isEmpty()) {
            return Map.of();
        }
        List<CommentReport> open = transactions.entityManager().createQuery("SELECT r FROM CommentReportJpaEntity r "
                        + "WHERE r.commentId IN :comments AND r.outcome IS NULL ORDER BY r.reportedAt, r.id",
                        CommentReportJpaEntity.class)
                .setParameter("comments", comments.stream().map(CommentId::value).distinct().toList())
                .getResultList().stream().map(CommentReportJpaMapper::toDomain).toList();
        Map<CommentId, List<CommentReport>> byComment = new LinkedHashMap<>();
        open.forEach(report -> byComment.computeIfAbsent(report.commentId(), id -> new java.util.ArrayList<>()).add(report));
        byComment.replaceAll((id, reports) -> List.copyOf(reports));
        return byComment;
    }

    @Override
    public Page<CommentId> findCommentsWithOpenReports(PageRequest page) {
        List<Object[]> rows = transactions.entityManager().createQuery("SELECT r.commentId, MAX(r.reportedAt) AS latest "
                        + "FROM CommentReportJpaEntity r WHERE " + OPEN_OF_STORED_COMMENTS
                        + " GROUP BY r.commentId ORDER BY latest DESC, r.commentId DESC", Object[].class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<CommentId> ids = rows.stream().map(row -> new CommentId((UUID) row[0])).toList();
        return new Page<>(ids, page, countCommentsWithOpenReports());
    }

    @Override
    public long countCommentsWithOpenReports() {
        return transactions.entityManager().createQuery("SELECT COUNT(DISTINCT r.commentId) FROM CommentReportJpaEntity r "
                + "WHERE " + OPEN_OF_STORED_COMMENTS, Long.class).getSingleResult();
    }

    @Override
    public List<MonthlyReportCounts> monthlyCounts(YearMonth from, YearMonth to) {
        List<Object[]> rows = transactions.entityManager().createQuery("SELECT r.monthUtc, COUNT(r), "
                        + "SUM(CASE WHEN r.outcome = 'DISMISSED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.outcome = 'UPHELD' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.outcome IS NULL THEN 1 ELSE 0 END) "
                        + "FROM CommentReportJpaEntity r WHERE r.monthUtc BETWEEN :from AND :to "
                        + "GROUP BY r.monthUtc ORDER BY r.monthUtc", Object[].class)
                .setParameter("from", from.toString()).setParameter("to", to.toString())
                .getResultList();
        return rows.stream().map(row -> new MonthlyReportCounts(YearMonth.parse(((String) row[0]).strip()),
                number(row[1]), number(row[2]), number(row[3]), number(row[4]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

}

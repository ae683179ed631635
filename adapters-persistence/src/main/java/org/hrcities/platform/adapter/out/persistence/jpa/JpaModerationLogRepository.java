package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;

/** The moderation log in the {@code moderation_log} table. */
final class JpaModerationLogRepository implements ModerationLogRepository {

    private final JpaTransactions transactions;

    JpaModerationLogRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(ModerationRecord record) {
        EntityManager em = transactions.entityManager();
        ModerationRecordJpaEntity row = new ModerationRecordJpaEntity(record.id());
        ModerationRecordJpaMapper.copyInto(record, row);
        // not read first: the id is fresh, and a taken one is reported by the flush (a duplicate key)
        StoredRows.insert(em, row, "moderation log entry", record.id());
        Flushing.flush(em, null, null, "moderation log entry", record.id());
    }

    /** Ordered by the index {@code (comment_id, logged_at, seq)}. */
    @Override
    public List<ModerationRecord> findByComment(CommentId comment) {
        return transactions.entityManager().createQuery("SELECT m FROM ModerationRecordJpaEntity m "
                        + "WHERE m.commentId = :comment ORDER BY m.commentId, m.loggedAt, m.seq", ModerationRecordJpaEntity.class)
                .setParameter("comment", comment.value())
                .getResultList().stream().map(ModerationRecordJpaMapper::toDomain).toList();
    }

    @Override
    public List<MonthlyModerationCounts> monthlyCounts(YearMonth from, YearMonth to) {
        List<Object[]> rows = transactions.entityManager().createQuery("SELECT m.monthUtc, "
                        + "SUM(CASE WHEN m.action = 'RECEIVED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN m.toStatus = 'APPROVED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN m.toStatus = 'SPAM' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN m.toStatus = 'TRASH' THEN 1 ELSE 0 END) "
                        + "FROM ModerationRecordJpaEntity m WHERE m.monthUtc BETWEEN :from AND :to "
                        + "GROUP BY m.monthUtc ORDER BY m.monthUtc", Object[].class)
                .setParameter("from", from.toString()).setParameter("to", to.toString())
                .getResultList();
        return rows.stream().map(row -> new MonthlyModerationCounts(YearMonth.parse(((String) row[0]).strip()),
                number(row[1]), number(row[2]), number(row[3]), number(row[4]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

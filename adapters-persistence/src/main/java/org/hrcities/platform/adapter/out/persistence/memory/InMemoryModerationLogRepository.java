package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** The moderation log in memory, in the order of appending. */
final class InMemoryModerationLogRepository implements ModerationLogRepository {

    private final InMemoryTransactions transactions;
    private final List<ModerationRecord> entries = new CopyOnWriteArrayList<>();
    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

    InMemoryModerationLogRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(ModerationRecord record) {
        transactions.lockForWrite();
        if (ids.contains(record.id())) {
            throw new ConcurrentUpdateException("moderation log entry", record.id());
        }
        transactions.onRollback(() -> {
            entries.remove(record);
            ids.remove(record.id());
        });
        ids.add(record.id());
        entries.add(record);
    }

    /** A stable sort: entries of the same instant stay in the order they were appended. */
    @Override
    public List<ModerationRecord> findByComment(CommentId comment) {
        transactions.requireTransaction();
        return entries.stream().filter(record -> record.commentId().equals(comment))
                .sorted(Comparator.comparing(ModerationRecord::at)).toList();
    }

    @Override
    public List<MonthlyModerationCounts> monthlyCounts(YearMonth from, YearMonth to) {
        transactions.requireTransaction();
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (ModerationRecord record : entries) {
            YearMonth month = record.month();
            if (month.isBefore(from) || month.isAfter(to)) {
                continue;
            }
            long[] c = counts.computeIfAbsent(month, m -> new long[4]);
            c[0] += record.action() == ModerationAction.RECEIVED ? 1 : 0;
            c[1] += record.toStatus() == ModerationStatus.APPROVED ? 1 : 0;
            c[2] += record.toStatus() == ModerationStatus.SPAM ? 1 : 0;
            c[3] += record.toStatus() == ModerationStatus.TRASH ? 1 : 0;
        }
        return counts.entrySet().stream()
                .map(e -> new MonthlyModerationCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }
}

package org.hrcities.platform.application.port.out;

import java.time.YearMonth;
import java.util.List;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;

/**
 * The moderation log: append-only, kept when its comments are deleted. Every method must be called
 * inside {@link TransactionPort#inTransaction}.
 */
public interface ModerationLogRepository {

    /**
     * Adds an entry.
     *
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if an entry with its id is stored already
     */
    void append(ModerationRecord record);

    /** The entries of a comment, oldest first; entries of the same instant in the order they were appended. */
    List<ModerationRecord> findByComment(CommentId comment);

    /**
     * Per month (UTC) from {@code from} to {@code to}, both included, oldest first: how many entries
     * are arrivals ({@code RECEIVED}), and how many put a comment into approved, spam and trash.
     * Months without entries are left out.
     */
    List<MonthlyModerationCounts> monthlyCounts(YearMonth from, YearMonth to);
}

package org.hrcities.platform.application.port.in.moderation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.Page;

/**
 * One page of the moderation queue, how many comments each status holds and how many comments have
 * open reports (for the tabs).
 */
public record ModerationQueue(Page<ModerationQueueItem> page, Map<ModerationStatus, Long> countsByStatus,
                              long reportedCount) {

    /** A queue without reported comments. */
    public ModerationQueue(Page<ModerationQueueItem> page, Map<ModerationStatus, Long> countsByStatus) {
        this(page, countsByStatus, 0);
    }

    public ModerationQueue {
        Objects.requireNonNull(page, "page");
        EnumMap<ModerationStatus, Long> counts = new EnumMap<>(ModerationStatus.class);
        for (ModerationStatus status : ModerationStatus.values()) {
            counts.put(status, countsByStatus.getOrDefault(status, 0L));
        }
        countsByStatus = Map.copyOf(counts);
        if (reportedCount < 0) {
            throw new IllegalArgumentException("reportedCount cannot be negative");
        }
    }

    /** Comments in every status together (the "All" tab). */
    public long totalCount() {
        return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}

package org.hrcities.platform.application.port.in.moderation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.Page;

/** One page of the moderation queue, and how many comments each status holds (for the tabs). */
public record ModerationQueue(Page<ModerationQueueItem> page, Map<ModerationStatus, Long> countsByStatus) {

    public ModerationQueue {
        Objects.requireNonNull(page, "page");
        EnumMap<ModerationStatus, Long> counts = new EnumMap<>(ModerationStatus.class);
        for (ModerationStatus status : ModerationStatus.values()) {
            counts.put(status, countsByStatus.getOrDefault(status, 0L));
        }
        countsByStatus = Map.copyOf(counts);
    }

    /** Comments in every status together (the "All" tab). */
    public long totalCount() {
        return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}

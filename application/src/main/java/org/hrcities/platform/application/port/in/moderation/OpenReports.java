package org.hrcities.platform.application.port.in.moderation;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.ReportReason;

/**
 * What readers reported about one comment and moderators have not yet decided on: how many readers,
 * how many for each reason, their notes (newest first, at most {@value #MAX_NOTES}) and when the
 * latest came. Never who reported.
 *
 * @param latestOrNull when the latest open report came; null when there is none
 */
public record OpenReports(long readers, Map<ReportReason, Long> byReason, List<String> notes, Instant latestOrNull) {

    public static final int MAX_NOTES = 10;
    public static final OpenReports NONE = new OpenReports(0, Map.of(), List.of(), null);

    public OpenReports {
        Objects.requireNonNull(byReason, "byReason");
        EnumMap<ReportReason, Long> counts = new EnumMap<>(ReportReason.class);
        for (ReportReason reason : ReportReason.values()) {
            counts.put(reason, byReason.getOrDefault(reason, 0L));
        }
        byReason = Map.copyOf(counts);
        notes = List.copyOf(notes);
        if (readers < 0) {
            throw new IllegalArgumentException("readers cannot be negative");
        }
    }

    /** The summary of a comment's open reports (one per reader). */
    public static OpenReports of(List<CommentReport> open) {
        if (open == null || open.isEmpty()) {
            return NONE;
        }
        Map<ReportReason, Long> counts = new EnumMap<>(ReportReason.class);
        open.forEach(report -> counts.merge(report.reason(), 1L, Long::sum));
        List<CommentReport> newestFirst = open.stream()
                .sorted(Comparator.comparing(CommentReport::reportedAt).reversed()).toList();
        List<String> notes = newestFirst.stream().map(CommentReport::note).filter(Objects::nonNull).limit(MAX_NOTES).toList();
        return new OpenReports(open.size(), counts, notes, newestFirst.get(0).reportedAt());
    }

    public boolean any() {
        return readers > 0;
    }

    /** The reasons given, most given first, each once: for a one-line summary. */
    public List<ReportReason> reasons() {
        return byReason.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<ReportReason, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}

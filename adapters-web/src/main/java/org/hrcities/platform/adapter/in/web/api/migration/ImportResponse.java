package org.hrcities.platform.adapter.in.web.api.migration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.wordpress.ImportStatus;
import org.hrcities.platform.application.port.in.migration.ImportReport;

/**
 * An import as the admin API shows it: where it stands, the counts per kind of item so far
 * (created, updated, unchanged, skipped), and the problems it met.
 */
public record ImportResponse(String id, String status, String file, long bytes, Instant receivedAt, Instant startedAt,
                             Instant finishedAt, String source, Map<String, CountsResponse> counts,
                             List<ProblemItemResponse> problems, int problemsLeftOut, String failure) {

    static ImportResponse from(ImportStatus status) {
        ImportReport report = status.report();
        Map<String, CountsResponse> counts = new LinkedHashMap<>();
        if (report != null) {
            report.counts().forEach((kind, c) -> counts.put(kind,
                    new CountsResponse(c.created(), c.updated(), c.unchanged(), c.skipped())));
        }
        return new ImportResponse(status.id().toString(), status.state().name().toLowerCase(java.util.Locale.ROOT),
                status.fileName(), status.bytes(), status.receivedAt(), status.startedAt(), status.finishedAt(),
                report == null ? null : report.source(), counts,
                report == null ? List.of() : report.problems().stream()
                        .map(p -> new ProblemItemResponse(p.item(), p.message())).toList(),
                report == null ? 0 : report.problemsLeftOut(), status.failure());
    }

    /** What became of the items of one kind. */
    public record CountsResponse(int created, int updated, int unchanged, int skipped) {
    }

    /** One item's problem. */
    public record ProblemItemResponse(String item, String message) {
    }
}

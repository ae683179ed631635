package org.hrcities.platform.application.port.in.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: for each kind of item ("posts", "comments", ...) how many it created, updated,
 * found unchanged and skipped, and the problems worth a person's attention (an item skipped and why,
 * a private post made a draft, a shortcode left as text), at most {@link #MAX_PROBLEMS} of them with
 * the count of those left out.
 */
public record ImportReport(String source, Map<String, Counts> counts, List<Problem> problems, int problemsLeftOut) {

    public static final int MAX_PROBLEMS = 1_000;

    public ImportReport {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        problems = List.copyOf(problems);
    }

    /** The counts for one kind of item, all zero when the export held none. */
    public Counts countsOf(String kind) {
        return counts.getOrDefault(kind, new Counts(0, 0, 0, 0));
    }

    /** What became of the items of one kind. */
    public record Counts(int created, int updated, int unchanged, int skipped) {

        public int total() {
            return created + updated + unchanged + skipped;
        }
    }

    /** One item's problem: which item ("post 42 \"Happy new year\"") and what. */
    public record Problem(String item, String message) {
    }
}

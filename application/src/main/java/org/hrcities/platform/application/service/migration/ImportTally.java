package org.hrcities.platform.application.service.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.application.port.in.migration.ImportReport;
import org.hrcities.platform.application.port.in.migration.ImportReport.Counts;
import org.hrcities.platform.application.port.in.migration.ImportReport.Problem;

/**
 * The counts and problems of an import, or of one item of it until its transaction commits (then
 * {@link #add added} to the import's).
 */
final class ImportTally {

    enum Outcome {
        CREATED, UPDATED, UNCHANGED, SKIPPED
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int problemsLeftOut;

    void count(String kind, Outcome outcome) {
        counts.computeIfAbsent(kind, k -> new int[Outcome.values().length])[outcome.ordinal()]++;
    }

    void problem(String item, String message) {
        if (problems.size() < ImportReport.MAX_PROBLEMS) {
            problems.add(new Problem(item, message));
        } else {
            problemsLeftOut++;
        }
    }

    /** Counts an item skipped and says why. */
    void skip(String kind, String item, String why) {
        count(kind, Outcome.SKIPPED);
        problem(item, why);
    }

    void add(ImportTally item) {
        item.counts.forEach((kind, numbers) -> {
            int[] mine = counts.computeIfAbsent(kind, k -> new int[Outcome.values().length]);
            for (int i = 0; i < numbers.length; i++) {
                mine[i] += numbers[i];
            }
        });
        item.problems.forEach(problem -> problem(problem.item(), problem.message()));
        problemsLeftOut += item.problemsLeftOut;
    }

    ImportReport report(String source) {
        Map<String, Counts> figures = new LinkedHashMap<>();
        counts.forEach((kind, n) -> figures.put(kind, new Counts(n[0], n[1], n[2], n[3])));
        return new ImportReport(source, figures, problems, problemsLeftOut);
    }
}

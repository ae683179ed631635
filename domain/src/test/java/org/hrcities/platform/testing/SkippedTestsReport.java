package org.hrcities.platform.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of a test run, loudly and counted, which tests did not run and why: one line per
 * {@link TestRequirement} that was missing (e.g. {@code *** 70 PostgreSQL tests SKIPPED: no PostgreSQL at
 * jdbc:postgresql://127.0.0.1:1/postgres ... ***}), then one for tests aborted by any other assumption and
 * one for disabled tests. Says nothing when every test ran.
 *
 * <p>Registered for every module's tests through {@code META-INF/services} in domain's test-jar, which
 * every module's tests have on their class path; the JUnit Platform launcher (Surefire's and Failsafe's)
 * finds it there. A class aborted as a whole (from {@code @BeforeAll}) counts the tests in it that did
 * not start, a parameterized test as one.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    private final PrintStream out;
    private TestPlan plan;
    private final Set<String> started = new HashSet<>();
    private final Map<TestRequirement, Tally> missing = new EnumMap<>(TestRequirement.class);
    private final Tally aborted = new Tally();
    private final Tally disabled = new Tally();

    /** The report the launcher finds: printed to standard output, where Maven shows it. */
    public SkippedTestsReport() {
        this(System.out);
    }

    public SkippedTestsReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        started.clear();
        missing.clear();
        aborted.clear();
        disabled.clear();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        started.add(identifier.getUniqueId());
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        disabled.add(notStarted(identifier), reason);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        int tests = identifier.isTest() ? 1 : notStarted(identifier);
        Optional<Throwable> cause = result.getThrowable();
        Optional<MissingTestRequirement> requirement = cause.flatMap(SkippedTestsReport::missingRequirement);
        if (requirement.isPresent()) {
            missing.computeIfAbsent(requirement.get().requirement(), kind -> new Tally())
                    .add(tests, requirement.get().reason());
        } else {
            aborted.add(tests, cause.map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        for (String line : lines()) {
            out.println(line);
        }
        out.flush();
    }

    /** The report's lines, as printed at the end of the run; none when every test ran. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        missing.forEach((requirement, tally) -> {
            if (tally.count > 0) {
                lines.add(tally.line(requirement.label() + " ", "SKIPPED"));
            }
        });
        if (aborted.count > 0) {
            lines.add(aborted.line("", "SKIPPED by an assumption"));
        }
        if (disabled.count > 0) {
            lines.add(disabled.line("", "SKIPPED (disabled)"));
        }
        return lines;
    }

    /**
     * The tests of a container that never started (all of them when it was aborted before it ran any). A
     * parameterized test, whose invocations are known only when it runs, counts as one.
     */
    private int notStarted(TestIdentifier identifier) {
        if (identifier.isTest()) {
            return started.contains(identifier.getUniqueId()) ? 0 : 1;
        }
        if (plan == null) {
            return 0;
        }
        return (int) plan.getDescendants(identifier).stream()
                .filter(leaf -> leaf.isTest() || plan.getChildren(leaf).isEmpty())
                .filter(leaf -> !started.contains(leaf.getUniqueId()))
                .count();
    }

    private static Optional<MissingTestRequirement> missingRequirement(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof MissingTestRequirement missing) {
                return Optional.of(missing);
            }
        }
        return Optional.empty();
    }

    /** How many tests were skipped for one kind of reason, and the distinct reasons in the order seen. */
    private static final class Tally {
        private int count;
        private final Set<String> reasons = new LinkedHashSet<>();

        void add(int tests, String reason) {
            if (tests > 0) {
                count += tests;
                reasons.add(reason == null || reason.isBlank() ? "no reason given" : reason.strip());
            }
        }

        void clear() {
            count = 0;
            reasons.clear();
        }

        String line(String kind, String what) {
            return "*** " + count + " " + kind + (count == 1 ? "test " : "tests ") + what + ": "
                    + String.join("; ", reasons) + " ***";
        }
    }
}

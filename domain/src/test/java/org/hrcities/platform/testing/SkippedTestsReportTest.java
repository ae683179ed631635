package org.hrcities.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkippedTestsReportTest {

    private static final Map<String, String> NOTHING_REQUIRED =
            Map.of("hrc.test.pg.required", "false", "hrc.test.browser.required", "false");

    @Test
    void counts_the_tests_skipped_for_want_of_each_requirement_in_one_line_each() {
        IsolatedTestRun run = IsolatedTestRun.of(NOTHING_REQUIRED, NeedsPostgres.class, NeedsABrowser.class);

        assertEquals(List.of(
                "*** 2 PostgreSQL tests SKIPPED: no PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres ***",
                "*** 4 browser tests SKIPPED: /nowhere/chromium is missing ***"), run.report());
        assertEquals(6, run.summary().getTestsFoundCount(), "a parameterized test's invocations are not known before it runs");
        assertEquals(1, run.summary().getTestsSucceededCount());
        assertEquals(2, run.summary().getTestsAbortedCount(), "the PostgreSQL tests; the browser class is aborted whole");
        assertEquals(1, run.summary().getContainersAbortedCount());
        assertEquals(0, run.summary().getTotalFailureCount());
    }

    @Test
    void a_required_requirement_that_is_missing_fails_its_tests_and_is_not_reported_as_skipped() {
        IsolatedTestRun run = IsolatedTestRun.of(Map.of("hrc.test.pg.required", "true", "hrc.test.browser.required", "true"),
                NeedsPostgres.class, NeedsABrowser.class);

        assertEquals(List.of(), run.report());
        assertEquals(2, run.summary().getTestsFailedCount());
        assertEquals(1, run.summary().getContainersFailedCount(), "the browser class");
        assertEquals(0, run.summary().getTestsAbortedCount() + run.summary().getContainersAbortedCount());
    }

    @Test
    void says_what_other_assumptions_and_disabled_tests_skipped() {
        IsolatedTestRun run = IsolatedTestRun.of(NOTHING_REQUIRED, OtherSkips.class);

        assertEquals(List.of("*** 1 test SKIPPED by an assumption: Assumption failed: not on Sundays ***",
                "*** 1 test SKIPPED (disabled): until the feed is back ***"), run.report());
    }

    @Test
    void says_nothing_when_every_test_ran() {
        assertEquals(List.of(), IsolatedTestRun.of(NOTHING_REQUIRED, Runs.class).report());
    }

    // The fixtures below are nested, so Surefire (which leaves out nested classes) never runs them itself.

    static class NeedsPostgres {
        @Test
        void first() {
            throw TestRequirement.POSTGRESQL.missing("no PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres");
        }

        @Test
        void second() {
            throw TestRequirement.POSTGRESQL.missing("no PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres");
        }

        @Test
        void needs_nothing() {
        }
    }

    static class NeedsABrowser {
        @BeforeAll
        static void startBrowser() {
            throw TestRequirement.BROWSER.missing("/nowhere/chromium is missing");
        }

        @Test
        void one() {
        }

        @Test
        void two() {
        }

        @Test
        void three() {
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void parameterized(int value) {
        }
    }

    static class OtherSkips {
        @Test
        void assumes() {
            Assumptions.assumeTrue(false, "not on Sundays");
        }

        @Test
        @Disabled("until the feed is back")
        void disabled() {
        }
    }

    static class Runs {
        @Test
        void runs() {
        }
    }
}

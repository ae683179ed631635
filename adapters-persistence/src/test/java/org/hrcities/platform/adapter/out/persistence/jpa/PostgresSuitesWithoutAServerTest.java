package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.testing.IsolatedTestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL contract suites on a machine without PostgreSQL: each is run here with the server's URL
 * pointing at a closed port. They must be skipped and counted, never errored (a fresh machine's
 * {@code mvn verify} passes), and fail where PostgreSQL is required, as in CI.
 */
class PostgresSuitesWithoutAServerTest {

    private static final Class<?>[] POSTGRES_SUITES = {PostgresPostRepositoryTest.class, PostgresCommentRepositoryTest.class,
            PostgresPartnerCityRepositoryTest.class, PostgresAccountRepositoryTest.class,
            PostgresDiscussionSettingsRepositoryTest.class, PostgresModerationLogRepositoryTest.class,
            PostgresTransactionTest.class, PostgresOutboxTest.class, PostgresScheduledJobsTest.class,
            PostgresSiteKeysTest.class, PostgresMailSubscriberRepositoryTest.class};

    private static String closedPortUrl;

    @BeforeAll
    static void findAClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPortUrl = "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/postgres";
        }
    }

    @Test
    void every_postgresql_contract_test_is_skipped_and_counted_when_no_server_answers() {
        IsolatedTestRun run = IsolatedTestRun.of(Map.of("hrc.test.pg.url", closedPortUrl, "hrc.test.pg.required", "false"),
                POSTGRES_SUITES);

        long tests = run.summary().getTestsFoundCount();
        assertTrue(tests >= 50, "the suites hold their tests: " + tests);
        assertEquals(tests, run.summary().getTestsAbortedCount(), "every test skipped");
        assertEquals(0, run.summary().getTotalFailureCount(), "none failed or errored: " + failures(run));
        assertEquals(1, run.report().size(), run.report().toString());
        String line = run.report().get(0);
        assertTrue(line.startsWith("*** " + tests + " PostgreSQL tests SKIPPED: no PostgreSQL at " + closedPortUrl + " ("),
                line);
        assertTrue(line.endsWith(" ***"), line);
    }

    @Test
    void every_postgresql_contract_test_fails_when_postgresql_is_required_and_no_server_answers() {
        IsolatedTestRun run = IsolatedTestRun.of(Map.of("hrc.test.pg.url", closedPortUrl, "hrc.test.pg.required", "true"),
                POSTGRES_SUITES);

        long tests = run.summary().getTestsFoundCount();
        assertTrue(tests >= 50, "the suites hold their tests: " + tests);
        assertEquals(tests, run.summary().getTestsFailedCount(), "every test failed");
        assertEquals(0, run.summary().getTestsAbortedCount(), "none skipped");
        assertEquals(List.of(), run.report(), "nothing reported as skipped");
        assertTrue(run.summary().getFailures().stream().allMatch(failure -> String.valueOf(failure.getException().getMessage())
                        .startsWith("PostgreSQL tests are required (-Dhrc.test.pg.required=true), but no PostgreSQL at " + closedPortUrl)),
                failures(run));
    }

    private static String failures(IsolatedTestRun run) {
        return run.summary().getFailures().stream().limit(3)
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList().toString();
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.testing.IsolatedTestRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;

/**
 * The end-to-end suites that need a PostgreSQL server, the PostgreSQL binaries, Chromium, nginx or
 * systemd-analyze, on a machine
 * without them (the server's URL at a closed port, the paths at nothing): skipped and counted, one line
 * per missing thing, never errored; and failed where they are required, as in CI. None of them gets as
 * far as starting the site, so this runs in a second.
 */
class EndToEndSuitesWithoutTheirServicesTest {

    private static final DiscoverySelector[] SUITES = {
            selectClass(BrowserIT.class),
            selectMethod(StorageConfigurationIT.class, "postgresql_is_chosen_by_the_database_url"),
            selectMethod(DurabilityIT.class, "no_acknowledged_comment_is_lost_or_doubled_when_the_site_is_killed_on_postgresql"),
            selectClass(DatabaseOutageResilienceIT.class),
            selectClass(ReverseProxyIT.class),
            selectClass(SystemdServiceIT.class)};

    private static String closedPortUrl;

    @BeforeAll
    static void findAClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPortUrl = "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/postgres";
        }
    }

    private static Map<String, String> nothingHere(boolean required) {
        return Map.ofEntries(Map.entry("hrc.test.pg.url", closedPortUrl),
                Map.entry("hrc.test.pg.bin", "/nonexistent/postgresql/bin"),
                Map.entry("hrc.chromium", "/nonexistent/chromium"), Map.entry("hrc.chromedriver", "/nonexistent/chromedriver"),
                Map.entry("hrc.nginx", "/nonexistent/nginx"), Map.entry("hrc.systemd-analyze", "/nonexistent/systemd-analyze"),
                Map.entry("hrc.test.pg.required", String.valueOf(required)),
                Map.entry("hrc.test.browser.required", String.valueOf(required)),
                Map.entry("hrc.test.deploy.required", String.valueOf(required)));
    }

    @Test
    void are_skipped_and_counted_one_line_per_missing_service() {
        IsolatedTestRun run = IsolatedTestRun.of(nothingHere(false), SUITES);

        assertEquals(0, run.summary().getTotalFailureCount(), run.summary().getFailures().toString());
        assertEquals(0, run.summary().getTestsSucceededCount());
        assertEquals(0, run.summary().getContainersAbortedCount(), "BrowserIT skips test by test, so that each is counted");
        long tests = run.summary().getTestsFoundCount();
        assertEquals(tests, run.summary().getTestsAbortedCount(), "every test skipped");
        long browserTests = tests - 3 - 6 - 1; // the two PostgreSQL tests, the outage test, the nginx and systemd tests
        assertTrue(browserTests >= 15, "BrowserIT's tests, each invocation of a parameterized one counted: " + browserTests);
        assertEquals(5, run.report().size(), run.report().toString());
        assertStartsWith("*** 2 PostgreSQL tests SKIPPED: no PostgreSQL at " + closedPortUrl + " (", run.report().get(0));
        assertStartsWith("*** 1 private PostgreSQL server test SKIPPED: no PostgreSQL binaries in /nonexistent/postgresql/bin (",
                run.report().get(1));
        assertStartsWith("*** " + browserTests + " browser tests SKIPPED: /nonexistent/chromium is missing: install ",
                run.report().get(2));
        assertStartsWith("*** 6 nginx tests SKIPPED: no /nonexistent/nginx or ", run.report().get(3));
        assertStartsWith("*** 1 systemd test SKIPPED: no /nonexistent/systemd-analyze (", run.report().get(4));
    }

    @Test
    void fail_where_their_services_are_required() {
        IsolatedTestRun run = IsolatedTestRun.of(nothingHere(true), SUITES);

        assertEquals(List.of(), run.report(), "nothing reported as skipped");
        assertEquals(0, run.summary().getTestsAbortedCount() + run.summary().getContainersAbortedCount());
        assertEquals(1, run.summary().getContainersFailedCount(), "BrowserIT, from its @BeforeAll");
        assertEquals(3 + 6 + 1, run.summary().getTestsFailedCount(),
                "the two PostgreSQL tests, the outage test, the six nginx tests and the systemd test");
        assertEquals(0, run.summary().getTestsSucceededCount());
    }

    private static void assertStartsWith(String expected, String line) {
        assertTrue(line.startsWith(expected) && line.endsWith(" ***"), "expected a line starting " + expected + "\nbut got " + line);
    }
}

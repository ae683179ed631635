package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comment acknowledged with 202 survives a kill -9 of the site the moment after: concurrent
 * clients submit comments, the process is killed without warning while they do, the site is started
 * again on the same database, and so on for {@code -Dhrc.test.kill-rounds} rounds (1 in the default
 * build, 5 in the resilience profile). At the end every acknowledged comment must be in the database
 * exactly once.
 */
class DurabilityIT {

    private static final int CLIENTS = 8;
    private static final long LOAD_MILLIS = 2_500;
    private static final int ROUNDS = Integer.getInteger("hrc.test.kill-rounds", 1);

    /** The tests reach the site from 127.0.0.1 as a trusted proxy, so that X-Forwarded-For names each reader. */
    private static final Map<String, String> TRUSTED_LOOPBACK = Map.of("HRC_TRUSTED_PROXIES", "127.0.0.1");

    @TempDir
    Path directory;

    @Test
    void no_acknowledged_comment_is_lost_or_doubled_when_the_site_is_killed_on_h2() throws Exception {
        Map<String, String> acknowledged = killRounds("durability-h2", TRUSTED_LOOPBACK);
        String url = "jdbc:h2:file:" + directory.resolve("data/hrc").toAbsolutePath();
        assertSurvived("H2", acknowledged, () -> DriverManager.getConnection(url, "", ""));
    }

    @Test
    void no_acknowledged_comment_is_lost_or_doubled_when_the_site_is_killed_on_postgresql() throws Exception {
        try (ThrowAwayPostgres database = ThrowAwayPostgres.create("hrc_kill")) {
            Map<String, String> environment = Map.of("HRC_DB_URL", database.url(), "HRC_DB_USER", database.user(),
                    "HRC_TRUSTED_PROXIES", "127.0.0.1");
            Map<String, String> acknowledged = killRounds("durability-postgresql", environment);
            assertSurvived("PostgreSQL", acknowledged, database::connect);
        }
    }

    /**
     * Each round loads the running site and kills it; the site is then started again on its database
     * and must answer (that start is the next round's site). After the last round the site is stopped
     * and its data counted. Answers the acknowledged comments of all rounds: id to content.
     */
    private Map<String, String> killRounds(String name, Map<String, String> environment) throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> acknowledged = new HashMap<>();
        long started = System.nanoTime();
        Site site = Site.start(name, directory, environment);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                Map<String, String> thisRound = loadAndKill(site, run, round);
                assertTrue(thisRound.size() >= 10, "round " + round + " wrote under load: " + thisRound.size());
                System.out.printf("kill -9 round %d/%d of %s: %d comments acknowledged before the kill%n", round, ROUNDS,
                        name, thisRound.size());
                acknowledged.putAll(thisRound);
                site = Site.start(name + "-restart-" + round, directory, environment);
                assertEquals(200, site.get("/api/posts/happy-new-year-2021").statusCode(), "the site answers after the kill");
            }
        } finally {
            site.close();
        }
        System.out.printf("%s: %d kill rounds in %d s%n", name, ROUNDS, (System.nanoTime() - started) / 1_000_000_000);
        return acknowledged;
    }

    /**
     * Each comment comes from a reader of its own (its own email address and network address), as on
     * a busy site: flood control stops one reader posting twice within seconds, not many readers.
     */
    private static String senderAddress(int round, int client, int n) {
        return "10." + (round * CLIENTS + client) % 250 + "." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /** Runs the clients, kills the site while they write, and answers the acknowledged comments: id to content. */
    private static Map<String, String> loadAndKill(Site site, String run, int round) throws InterruptedException {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                try {
                    for (int n = 0; running.get(); n++) {
                        String content = "durability " + run + " " + round + "-" + client + "-" + n;
                        String body = "{\"authorName\":\"Client " + client + "\",\"authorEmail\":\"client" + round + "-"
                                + client + "-" + n + "@example.org\",\"content\":\"" + content + "\"}";
                        HttpResponse<String> response = site.post("/api/posts/happy-new-year-2021/comments",
                                "application/json", body, "X-Forwarded-For", senderAddress(round, client, n));
                        if (response.statusCode() == 202) {
                            acknowledged.put(Site.json(response).asJsonObject().getString("id"), content);
                        }
                    }
                } catch (RuntimeException e) {
                    // the site died under this request: its comment was never acknowledged
                } finally {
                    done.countDown();
                }
            });
        }
        // a site just restarted may take a while to take its first comments: the kill comes once writes flow
        long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() < 10 && System.nanoTime() < warm) {
            Thread.sleep(50);
        }
        Thread.sleep(LOAD_MILLIS);
        site.kill();
        running.set(false);
        done.await(60, TimeUnit.SECONDS);
        clients.shutdownNow();
        return acknowledged;
    }

    private interface Connector {
        Connection connect() throws SQLException;
    }

    private static void assertSurvived(String database, Map<String, String> acknowledged, Connector connector)
            throws SQLException {
        String marker = acknowledged.values().stream().findFirst().orElseThrow(
                () -> new AssertionError("no comment was acknowledged before the kill")).split(" ")[1];
        Map<String, Integer> rowsPerContent = new HashMap<>();
        Set<String> storedIds = new HashSet<>();
        try (Connection connection = connector.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id, content FROM comments WHERE content LIKE 'durability " + marker + " %'")) {
            while (rows.next()) {
                storedIds.add(rows.getString(1));
                rowsPerContent.merge(rows.getString(2), 1, Integer::sum);
            }
        }
        long lost = acknowledged.keySet().stream().filter(id -> !storedIds.contains(id)).count();
        long duplicated = rowsPerContent.values().stream().filter(count -> count > 1).count();
        System.out.printf("kill -9 on %s, %d rounds: acknowledged=%d present after restart=%d lost=%d duplicated=%d "
                        + "(rows stored=%d, of which never acknowledged=%d)%n", database, ROUNDS, acknowledged.size(),
                acknowledged.size() - lost, lost, duplicated, storedIds.size(), storedIds.size() - (acknowledged.size() - lost));
        assertTrue(acknowledged.size() > 20 * ROUNDS, "the clients wrote under load: " + acknowledged.size());
        assertEquals(0, lost, "acknowledged comments lost");
        assertEquals(0, duplicated, "comments stored twice");
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops (immediate shutdown, as a crash) and starts again while readers and writers use
 * the site: meanwhile every request sent after the stop is answered within 5 s (10 s for those
 * already running when the database died), with 503, Retry-After and problem
 * details for the API or an HTML error page for visitors, never a 500; once the database is back the
 * site recovers by itself; and every comment acknowledged with 202, before, during or after the
 * outage, is stored exactly once. Runs on a private PostgreSQL server, never the shared one.
 */
class DatabaseOutageResilienceIT {

    private static final String POST = "happy-new-year-2021";
    private static final int WRITERS = 4;
    /** The bound for every request sent after the database went down: the connect timeout (3 s) and some. */
    private static final long MAX_ANSWER_MILLIS = 5_000;
    /**
     * The bound for a request already running when the database died: its query fails on the broken
     * connection and the rollback and release of that connection come on top (one took 6.3 s once).
     */
    private static final long MAX_IN_FLIGHT_MILLIS = 10_000;
    private static final long OUTAGE_MILLIS = 12_000;
    private static final long RECOVERY_LIMIT_MILLIS = 30_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path directory;

    /** One request's answer: what was asked, when (ms since the load started), how and how fast it was answered. */
    private record Answer(String kind, long at, int status, long millis, String contentType, String retryAfter,
                          String body) {
    }

    @Test
    void requests_get_503_while_the_database_is_down_and_the_site_recovers_without_losing_an_acknowledged_comment()
            throws Exception {
        try (PrivatePostgres database = PrivatePostgres.start()) {
            Map<String, String> environment = Map.of("HRC_DB_URL", database.url(), "HRC_DB_USER", "postgres",
                    "HRC_TRUSTED_PROXIES", "127.0.0.1");
            try (Site site = Site.start("database-outage", directory, environment)) {
                String run = UUID.randomUUID().toString().substring(0, 8);
                List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
                Map<String, String> acknowledged = new ConcurrentHashMap<>();
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger unanswered = new AtomicInteger();
                long loadStarted = System.nanoTime();
                ExecutorService clients = Executors.newFixedThreadPool(WRITERS + 2);
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    clients.submit(() -> write(site, run, writer, loadStarted, running, answers, acknowledged, unanswered));
                }
                clients.submit(() -> read(site, "/api/posts/" + POST, "api-read", loadStarted, running, answers, unanswered));
                clients.submit(() -> read(site, "/posts/" + POST, "page-read", loadStarted, running, answers, unanswered));

                Thread.sleep(3_000);
                long stopAt = since(loadStarted);
                database.stopImmediately();
                long stopped = since(loadStarted);
                Thread.sleep(OUTAGE_MILLIS);
                long restartAt = since(loadStarted);
                database.startServer();
                long restarted = since(loadStarted);
                long recovered = awaitRecovery(answers, restarted, loadStarted);
                Thread.sleep(2_000);
                running.set(false);
                clients.shutdown();
                assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS), "the clients stopped");

                report(answers, stopAt, stopped, restartAt, restarted, recovered, acknowledged.size(), unanswered.get());
                assertEquals(0, unanswered.get(), "requests without an answer (connection failures or timeouts)");
                assertAnswers(answers, stopped, restartAt);
                assertTrue(recovered >= 0, "the site answered 200 and 202 again within "
                        + RECOVERY_LIMIT_MILLIS + " ms of the database's restart");
                assertStoredOnce(database, run, acknowledged);
            }
        }
    }

    private static void write(Site site, String run, int writer, long loadStarted, AtomicBoolean running,
                              List<Answer> answers, Map<String, String> acknowledged, AtomicInteger unanswered) {
        for (int n = 0; running.get(); n++) {
            String content = "outage " + run + " " + writer + "-" + n;
            String body = "{\"authorName\":\"Writer " + writer + "\",\"authorEmail\":\"outage" + writer + "-" + n
                    + "@example.org\",\"content\":\"" + content + "\"}";
            HttpRequest request = HttpRequest.newBuilder(site.uri("/api/posts/" + POST + "/comments"))
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "10.77." + writer + "." + (n % 250 + 1))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            Answer answer = send(site, "api-write", request, loadStarted, unanswered);
            if (answer != null) {
                answers.add(answer);
                if (answer.status() == 202) {
                    acknowledged.put(Json.createReader(new StringReader(answer.body())).readObject().getString("id"), content);
                }
            }
            pause(50);
        }
    }

    private static void read(Site site, String path, String kind, long loadStarted, AtomicBoolean running,
                             List<Answer> answers, AtomicInteger unanswered) {
        while (running.get()) {
            HttpRequest request = HttpRequest.newBuilder(site.uri(path)).timeout(Duration.ofSeconds(15))
                    .header("X-Forwarded-For", "10.78.0.1").GET().build();
            Answer answer = send(site, kind, request, loadStarted, unanswered);
            if (answer != null) {
                answers.add(answer);
            }
            pause(100);
        }
    }

    private static Answer send(Site site, String kind, HttpRequest request, long loadStarted, AtomicInteger unanswered) {
        long at = since(loadStarted);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(kind, at, response.statusCode(), (System.nanoTime() - started) / 1_000_000,
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            unanswered.incrementAndGet();
            System.err.println(kind + " at " + at + " ms got no answer: " + e);
            if (e instanceof HttpTimeoutException) {
                System.err.println(site.stateAfterTimeout());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until a write was acknowledged and both reads answered 200 after the restart; answers when, or -1. */
    private static long awaitRecovery(List<Answer> answers, long restarted, long loadStarted) {
        long deadline = restarted + RECOVERY_LIMIT_MILLIS;
        while (since(loadStarted) < deadline) {
            List<Answer> snapshot;
            synchronized (answers) {
                snapshot = new ArrayList<>(answers);
            }
            boolean wrote = snapshot.stream().anyMatch(a -> a.at() >= restarted && a.kind().equals("api-write") && a.status() == 202);
            boolean readApi = snapshot.stream().anyMatch(a -> a.at() >= restarted && a.kind().equals("api-read") && a.status() == 200);
            boolean readPage = snapshot.stream().anyMatch(a -> a.at() >= restarted && a.kind().equals("page-read") && a.status() == 200);
            if (wrote && readApi && readPage) {
                return since(loadStarted);
            }
            pause(100);
        }
        return -1;
    }

    private static void assertAnswers(List<Answer> answers, long stopped, long restartAt) {
        List<String> problems = new ArrayList<>();
        int api503 = 0;
        int page503 = 0;
        for (Answer answer : answers) {
            boolean expected = answer.status() == 503 || answer.status() == (answer.kind().equals("api-write") ? 202 : 200);
            if (!expected) {
                problems.add(answer.kind() + " at " + answer.at() + " ms: " + answer.status() + " " + answer.body());
            }
            long bound = answer.at() < stopped ? MAX_IN_FLIGHT_MILLIS : MAX_ANSWER_MILLIS;
            if (answer.millis() > bound) {
                problems.add(answer.kind() + " at " + answer.at() + " ms took " + answer.millis() + " ms");
            }
            if (answer.status() == 503) {
                if (answer.retryAfter() == null) {
                    problems.add(answer.kind() + " at " + answer.at() + " ms: 503 without Retry-After");
                }
                if (answer.kind().startsWith("api")) {
                    api503++;
                    if (!answer.contentType().startsWith("application/problem+json")
                            || !answer.body().contains("\"/problems/database-unavailable\"")) {
                        problems.add(answer.kind() + ": 503 is not the database-unavailable problem: " + answer.contentType()
                                + " " + answer.body());
                    }
                } else {
                    page503++;
                    if (!answer.contentType().startsWith("text/html") || !answer.body().contains("Temporarily unavailable")) {
                        problems.add("page-read: 503 is not the HTML page: " + answer.contentType() + " " + answer.body());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " answers were wrong:\n" + String.join("\n",
                problems.subList(0, Math.min(20, problems.size()))));
        long outage = answers.stream().filter(a -> a.at() > stopped && a.at() < restartAt).count();
        assertTrue(outage > 10, "requests were made during the outage: " + outage);
        assertTrue(api503 > 0, "the API answered 503 during the outage");
        assertTrue(page503 > 0, "the pages answered 503 during the outage");
        long okDuringOutage = answers.stream().filter(a -> a.at() > stopped + MAX_ANSWER_MILLIS && a.at() < restartAt
                && a.kind().equals("api-write") && a.status() == 202).count();
        assertEquals(0, okDuringOutage, "no write was acknowledged while the database was down");
    }

    private static void assertStoredOnce(PrivatePostgres database, String run, Map<String, String> acknowledged)
            throws Exception {
        Map<String, Integer> rowsPerContent = new HashMap<>();
        Map<String, String> stored = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, content FROM comments WHERE content LIKE 'outage " + run + " %'")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
                rowsPerContent.merge(rows.getString(2), 1, Integer::sum);
            }
        }
        long lost = acknowledged.keySet().stream().filter(id -> !stored.containsKey(id)).count();
        long duplicated = rowsPerContent.values().stream().filter(count -> count > 1).count();
        System.out.printf("database outage: acknowledged=%d stored=%d lost=%d duplicated=%d%n", acknowledged.size(),
                stored.size(), lost, duplicated);
        assertTrue(acknowledged.size() > 20, "comments were acknowledged: " + acknowledged.size());
        assertEquals(0, lost, "acknowledged comments lost");
        assertEquals(0, duplicated, "comments stored twice");
    }

    private static void report(List<Answer> answers, long stopAt, long stopped, long restartAt, long restarted,
                               long recovered, int acknowledged, int unanswered) {
        Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
        long slowest = 0;
        long slowest503 = 0;
        synchronized (answers) {
            for (Answer answer : answers) {
                byKind.computeIfAbsent(answer.kind(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
                slowest = Math.max(slowest, answer.millis());
                if (answer.status() == 503) {
                    slowest503 = Math.max(slowest503, answer.millis());
                }
            }
        }
        long first503 = answers.stream().filter(a -> a.status() == 503).mapToLong(Answer::at).min().orElse(-1);
        System.out.printf("database outage: %d requests %s; unanswered=%d; PostgreSQL stopped %d-%d ms, restarted %d-%d ms; "
                        + "first 503 at %d ms; recovered at %d ms (%d ms after the restart); slowest answer %d ms, "
                        + "slowest 503 %d ms; acknowledged comments %d%n", answers.size(), byKind, unanswered, stopAt,
                stopped, restartAt, restarted, first503, recovered, recovered < 0 ? -1 : recovered - restarted, slowest,
                slowest503, acknowledged);
    }

    private static long since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site starts, listens and answers while its database cannot be opened: pages and the API answer
 * 503 with {@code Retry-After}, {@code /health/ready} says why (without the password), and once the
 * cause is gone the site becomes ready by itself within 10 s, with its demo content, without a restart.
 * PostgreSQL cases run on a private server whose logins need a password.
 */
class StartWithoutTheDatabaseIT {

    private static final String PASSWORD = "pg-secret-0815";
    private static final long READY_WITHIN_MILLIS = 10_000;

    @TempDir
    Path directory;

    @Test
    void the_site_starts_while_postgresql_is_down_and_is_ready_within_10_s_after_it_comes_back() {
        try (PrivatePostgres database = PrivatePostgres.startWithPassword(PASSWORD)) {
            database.stopImmediately();
            try (Site site = Site.startWithoutStorage("start-without-postgresql", directory.resolve("site"),
                    Map.of("HRC_DB_URL", database.url(), "HRC_DB_USER", "postgres", "HRC_DB_PASSWORD", PASSWORD))) {
                assertUnavailable(site, "the PostgreSQL server at 127.0.0.1:", "cannot be reached (connection refused or timed out)");

                database.startServer();
                long millis = awaitReady(site);
                System.out.println("PostgreSQL back: the site was ready " + millis + " ms after the server accepted connections");
                assertTrue(millis <= READY_WITHIN_MILLIS, "ready " + millis + " ms after the database came back");
                assertReadyWithDemoContent(site);
            }
        }
    }

    @Test
    void a_wrong_password_and_a_missing_database_each_get_their_own_reason() {
        try (PrivatePostgres database = PrivatePostgres.startWithPassword(PASSWORD)) {
            try (Site site = Site.startWithoutStorage("start-with-wrong-password", directory.resolve("password"),
                    Map.of("HRC_DB_URL", database.url(), "HRC_DB_USER", "postgres", "HRC_DB_PASSWORD", "not-" + PASSWORD))) {
                assertUnavailable(site, "refused user \"postgres\": wrong password or no such user (hrc.db.user, hrc.db.password)");
            }
            String missing = database.url().replace("/postgres", "/no_such_site");
            try (Site site = Site.startWithoutStorage("start-with-missing-database", directory.resolve("missing"),
                    Map.of("HRC_DB_URL", missing, "HRC_DB_USER", "postgres", "HRC_DB_PASSWORD", PASSWORD))) {
                assertUnavailable(site, "the database \"no_such_site\" does not exist on the PostgreSQL server at 127.0.0.1:");
            }
        }
    }

    @Test
    void a_second_site_on_the_same_h2_file_waits_for_it_and_takes_over_when_the_first_stops() {
        Path folder = directory.resolve("shared");
        Site first = Site.start("h2-first", folder, Map.of());
        try (Site second = Site.startWithoutStorage("h2-second", folder, Map.of())) {
            assertUnavailable(second, "the H2 database ./data/hrc is in use by another process");
            first.close();
            long millis = awaitReady(second);
            System.out.println("H2 file released: the second site was ready " + millis + " ms after the first stopped");
            assertTrue(millis <= READY_WITHIN_MILLIS, "ready " + millis + " ms after the file was released");
            assertReadyWithDemoContent(second);
        } finally {
            first.close();
        }
    }

    /** Every surface answers "unavailable", and readiness names the reason (made of {@code parts}) and nothing secret. */
    private static void assertUnavailable(Site site, String... parts) {
        HttpResponse<String> api = site.get("/api/posts");
        assertEquals(503, api.statusCode(), api.body());
        assertEquals("5", api.headers().firstValue("Retry-After").orElse(""));
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("/problems/database-unavailable", Site.json(api).asJsonObject().getString("type"));

        HttpResponse<String> page = site.get("/posts/happy-new-year-2021", "Accept", "text/html");
        assertEquals(503, page.statusCode());
        assertEquals("5", page.headers().firstValue("Retry-After").orElse(""));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Temporarily unavailable"), page.body());

        HttpResponse<String> live = site.get("/health/live");
        assertEquals(200, live.statusCode(), live.body());

        HttpResponse<String> ready = site.get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        JsonObject health = Site.json(ready).asJsonObject();
        assertEquals("DOWN", health.getString("status"));
        String reason = check(health, "storage").getJsonObject("data").getString("reason");
        for (String part : parts) {
            assertTrue(reason.contains(part), "\"" + reason + "\" names \"" + part + "\"");
        }
        assertEquals("DOWN", check(health, "migrations").getString("status"));
        assertFalse(ready.body().contains(PASSWORD), ready.body());
        assertFalse(ready.body().contains("jdbc:"), "no URL in " + ready.body());
        assertFalse(ready.body().contains("Exception"), "no stack trace or exception in " + ready.body());
    }

    private static JsonObject check(JsonObject health, String name) {
        for (JsonValue check : health.getJsonArray("checks")) {
            if (check.asJsonObject().getString("name").equals(name)) {
                return check.asJsonObject();
            }
        }
        throw new AssertionError("no check named " + name + " in " + health);
    }

    /** Milliseconds until {@code /health/ready} answers 200 (at most 60 s). */
    private static long awaitReady(Site site) {
        long started = System.nanoTime();
        long deadline = started + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (site.get("/health/ready").statusCode() == 200) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Site.pause(100);
        }
        throw new AssertionError("not ready 60 s after the cause was gone: " + site.get("/health/ready").body());
    }

    private static void assertReadyWithDemoContent(Site site) {
        JsonObject health = Site.json(site.get("/health/ready")).asJsonObject();
        assertEquals("UP", check(health, "storage").getString("status"));
        assertEquals("21", check(health, "migrations").getJsonObject("data").getString("schema version"));
        HttpResponse<String> posts = site.get("/api/posts");
        assertEquals(200, posts.statusCode(), posts.body());
        assertFalse(Site.json(posts).asJsonArray().isEmpty(), "the demo content was loaded");
        assertEquals(200, site.get("/posts/happy-new-year-2021", "Accept", "text/html").statusCode());
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What client developers rely on: caching, filters, GeoJSON, CORS and strict bodies (no field converted), over HTTP. */
@ExtendWith(DemoSite.class)
class ApiHttpIT {

    private static final String COMMENTS = "/api/posts/happy-new-year-2021/comments";

    @Test
    void every_read_has_a_strong_etag_and_answers_304_to_a_client_that_holds_it(Site site) {
        for (String path : List.of("/api/posts", "/api/posts/happy-new-year-2021", COMMENTS, "/api/cities",
                "/api/cities/graz")) {
            HttpResponse<String> first = site.get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            assertFalse(tag.startsWith("W/"), "strong: " + tag);
            assertTrue(first.headers().firstValue("Last-Modified").isPresent(), path);
            assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("public"), path);
            HttpResponse<String> again = site.get(path, "If-None-Match", tag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(304, site.get(path, "If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow())
                    .statusCode(), path);
        }
    }

    @Test
    void a_compressed_representation_has_its_own_etag_and_revalidates_too(Site site) {
        HttpResponse<String> plain = site.get("/api/posts?per_page=20");
        HttpResponse<String> gzipped = site.get("/api/posts?per_page=20", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertEquals(plainTag.replace("\"", "") + "-gzip", gzipTag.replace("\"", ""));
        assertEquals(304, site.get("/api/posts?per_page=20", "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode());
    }

    /**
     * Java's HttpClient, left at its default, offers each new connection an upgrade to HTTP/2 (h2c); for
     * the upgrading request Grizzly told the site's read listener that the body was whole before its
     * bytes came, and one comment in five was refused with "a JSON body is required".
     */
    @Test
    void a_client_that_offers_http2_has_every_body_read(Site site) throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            HttpClient offeringHttp2 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> sent = offeringHttp2.send(HttpRequest.newBuilder(site.uri(COMMENTS))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"authorName\": \"Hana\", \"authorEmail\": \"hana" + i
                            + "-" + UUID.randomUUID() + "@example.org\", \"content\": \"Sent over an upgrade " + UUID.randomUUID()
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(sent.statusCode(), 1, Integer::sum);
            assertFalse(sent.body().contains("a JSON body is required"), "request " + i + ": " + sent.body());
        }
        // the first is taken, the others come too soon from the same address: every one was read
        assertEquals(40, statuses.getOrDefault(202, 0) + statuses.getOrDefault(429, 0), statuses.toString());
    }

    /**
     * Java's HttpClient writes a request's head and its body separately, so the body often comes a
     * moment after the head. Such a body used to be received and the request dispatched again on
     * another thread; the container then ended the request there, away from the thread that began it,
     * and CDI's request state stayed behind (Weld: WELD-000715 "guard not set" for each such request,
     * and on that thread's next request warnings, now and then a 500). One in about 7,500 such posts
     * also waited 20 s for a body that had come (408). The thread that got the head now waits for the
     * body and carries the request to its end.
     */
    @Test
    void a_body_that_follows_its_head_is_taken_on_the_thread_that_began_the_request(Site site) throws Exception {
        long logBefore = Files.size(site.log());
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> sent = http11.send(HttpRequest.newBuilder(site.uri(COMMENTS))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"authorName\": \"Ines\", \"authorEmail\": \"ines" + i
                            + "@example.org\", \"content\": \"Body after head " + UUID.randomUUID() + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.merge(sent.statusCode(), 1, Integer::sum);
        }
        // the first is taken, the others come too soon from the same address: every body was read in time
        assertEquals(200, statuses.getOrDefault(202, 0) + statuses.getOrDefault(429, 0), statuses.toString());
        Thread.sleep(500);
        String logged;
        try (var log = Files.newInputStream(site.log())) {
            log.skipNBytes(logBefore);
            logged = new String(log.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a request dispatched again ends on Payara's async threads; other tests' refused or timed-out bodies end
        // on the listener's own threads and are left out
        List<String> endedElsewhere = logged.lines()
                .filter(line -> line.contains("WELD-000715") && line.contains("glassfish-web-async-thread")).toList();
        assertTrue(endedElsewhere.isEmpty(), "a request was ended on another thread than the one that began it:\n"
                + endedElsewhere.stream().limit(5).toList());
    }

    @Test
    void posts_can_be_searched_and_filtered_by_partner_city(Site site) {
        JsonArray vienna = Site.json(site.get("/api/posts?city=vienna")).asJsonArray();
        assertEquals(List.of("housing-as-a-human-right-utrecht-and-vienna", "cities-meet-the-un-special-rapporteur-on-poverty"),
                vienna.stream().map(post -> post.asJsonObject().getString("slug")).toList());
        JsonArray found = Site.json(site.get("/api/posts?q=Nuremberg%20columns")).asJsonArray();
        assertEquals(List.of("the-way-of-human-rights-in-nuremberg"),
                found.stream().map(post -> post.asJsonObject().getString("slug")).toList());
        assertEquals(404, site.get("/api/posts?city=atlantis").statusCode());
        assertEquals(200, site.get("/api/posts?city=graz&q=x").statusCode());
        assertEquals(404, site.get("/api/posts?city=atlantis&q=x").statusCode());
        assertEquals(400, site.get("/api/posts?topic=housing").statusCode());
    }

    @Test
    void partner_cities_come_as_geojson_for_maps(Site site) {
        HttpResponse<String> response = site.get("/api/cities", "Accept", "application/geo+json");
        assertEquals(200, response.statusCode());
        assertEquals("application/geo+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().allValues("Vary").toString().contains("Accept,")
                || response.headers().allValues("Vary").contains("Accept"), "caches keep JSON and GeoJSON apart");
        JsonObject collection = Site.json(response).asJsonObject();
        assertEquals("FeatureCollection", collection.getString("type"));
        JsonObject graz = collection.getJsonArray("features").getJsonObject(0);
        assertEquals("Point", graz.getJsonObject("geometry").getString("type"));
        assertEquals(15.4395, graz.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue(), 1e-9);
        assertEquals(47.0707, graz.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(1).doubleValue(), 1e-9);
        JsonObject properties = graz.getJsonObject("properties");
        assertEquals("graz", properties.getString("slug"));
        assertEquals("AT", properties.getString("country"));
        assertEquals(2020, properties.getInt("memberSince"));
    }

    @Test
    void other_sites_may_read_the_api_but_not_write_to_it(Site site) {
        HttpResponse<String> read = site.get("/api/posts", "Origin", "https://www.graz.at");
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("X-Total-Count"));

        HttpResponse<String> readPreflight = site.send("OPTIONS", "/api/posts", "Origin", "https://www.graz.at",
                "Access-Control-Request-Method", "GET");
        assertEquals(204, readPreflight.statusCode());
        assertEquals("*", readPreflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());

        HttpResponse<String> writePreflight = site.send("OPTIONS", COMMENTS, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertFalse(writePreflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> write = site.post(COMMENTS, "application/json", "{}", "Origin", "https://evil.example");
        assertFalse(write.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void a_body_over_the_limit_gets_413_whether_or_not_it_says_its_length(Site site) {
        String huge = "{\"authorName\":\"A\",\"authorEmail\":\"a@example.org\",\"content\":\"" + "x".repeat(300_000) + "\"}";
        HttpResponse<String> response = site.post(COMMENTS, "application/json", huge);
        assertEquals(413, response.statusCode());
        assertEquals("/problems/body-too-large", Site.json(response).asJsonObject().getString("type"));
        assertEquals(413, chunked(site, huge).statusCode());
    }

    @Test
    void invalid_utf8_and_nul_characters_get_400(Site site) {
        byte[] body = "{\"authorName\":\"A\",\"authorEmail\":\"a@example.org\",\"content\":\"bad \u00ff\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        HttpResponse<String> invalid = postBytes(site, body);
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("not valid UTF-8"), invalid.body());

        HttpResponse<String> nul = site.post(COMMENTS, "application/json",
                "{\"authorName\":\"A\",\"authorEmail\":\"a@example.org\",\"content\":\"nul \\u0000 here\"}");
        assertEquals(400, nul.statusCode());
        assertEquals("content", Site.json(nul).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_field_of_the_wrong_type_is_refused_and_named_never_converted(Site site) {
        assertRefused(site.post(COMMENTS, "application/json",
                "{\"authorName\":42,\"authorEmail\":\"a@example.org\",\"content\":\"Hello\"}"),
                "authorName", "authorName must be a string");
        assertRefused(site.post(COMMENTS, "application/json",
                "{\"authorName\":\"Ada\",\"authorEmail\":\"a@example.org\",\"content\":{\"a\":1}}"),
                "content", "content must be a string");

        String moderator = StaffClient.basic(StaffClient.MODERATOR, StaffClient.PASSWORD);
        String target = "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"version\":%s}";
        String bulk = "{\"action\":\"approve\",\"comments\":[" + target.formatted("1") + "," + target.formatted("2") + ","
                + target.formatted("\"3\"") + "]}";
        assertRefused(site.post("/api/admin/comments/bulk", "application/json", bulk, "Authorization", moderator),
                "comments[2].version", "comments[2].version must be a whole number");

        String administrator = StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD);
        assertRefused(site.sendJson("PUT", "/api/admin/settings", "{\"maxLinks\":7.9}", "Authorization", administrator),
                "maxLinks", "maxLinks must be a whole number");
        String editor = StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD);
        assertRefused(site.post("/api/admin/posts", "application/json", "{\"title\":\"T\",\"commentsOpen\":\"false\"}",
                "Authorization", editor), "commentsOpen", "commentsOpen must be true or false");
    }

    @Test
    void null_stays_accepted_where_the_document_allows_it_and_unknown_fields_stay_refused(Site site) {
        String editor = StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD);
        String title = "Nulls allowed " + java.util.UUID.randomUUID();
        HttpResponse<String> created = site.post("/api/admin/posts", "application/json", "{\"title\":\"" + title
                + "\",\"excerpt\":null,\"body\":null,\"slug\":null,\"partnerCities\":null,\"commentsOpen\":null,"
                + "\"author\":null}", "Authorization", editor);
        assertEquals(201, created.statusCode(), created.body());
        site.send("DELETE", "/api/admin/posts/" + Site.json(created).asJsonObject().getString("id"), "Authorization", editor,
                "If-Match", created.headers().firstValue("ETag").orElseThrow());

        assertRefused(site.post(COMMENTS, "application/json", "{\"authorName\":\"Ada\",\"authorEmail\":\"a@example.org\","
                + "\"content\":\"Hello\",\"status\":\"APPROVED\"}"), "status", "status is not a field of this request");
    }

    /** 400 invalid-request whose errors name the field with the message. */
    private static void assertRefused(HttpResponse<String> response, String field, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Site.json(response).asJsonObject();
        assertEquals("/problems/invalid-request", problem.getString("type"), response.body());
        assertTrue(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).anyMatch(error ->
                error.getString("field").equals(field) && error.getString("message").equals(message)), response.body());
    }

    private static HttpResponse<String> chunked(Site site, String body) {
        HttpRequest request = HttpRequest.newBuilder(site.uri(COMMENTS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
        return send(request);
    }

    private static HttpResponse<String> postBytes(Site site, byte[] body) {
        return send(HttpRequest.newBuilder(site.uri(COMMENTS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

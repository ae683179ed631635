package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the moderation tests share: comments sent from addresses and emails of their own (so that the
 * flood interval of one test never touches another), the admin API as a member of staff, and the
 * discussion settings changed for one test and restored after it.
 */
final class Moderation {

    /** A post whose comments no other test counts: these tests approve comments. */
    static final String POST = "twenty-years-of-graz-as-a-human-rights-city";
    static final String COMMENTS = "/api/posts/" + POST + "/comments";
    static final String JSON = "application/json";
    private static final AtomicInteger LAST = new AtomicInteger();
    private static final Pattern SERVED = Pattern.compile("name=\"served\" value=\"([^\"]+)\"");

    private Moderation() {
    }

    /** An address no other test uses (TEST-NET-2 and -3, beside the staff clients' 198.51.100.x). */
    static String address() {
        int n = LAST.incrementAndGet();
        return "203.0." + (113 + n / 250 % 2) + "." + (n % 250 + 1);
    }

    /** An email no other test uses. */
    static String email(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A text no other comment holds. */
    static String text(String words) {
        return words + " (" + UUID.randomUUID() + ")";
    }

    static HttpResponse<String> submit(Site site, String address, String name, String email, String content) {
        String body = Json.createObjectBuilder().add("authorName", name).add("authorEmail", email)
                .add("content", content).build().toString();
        return submitRaw(site, address, body);
    }

    static HttpResponse<String> submitRaw(Site site, String address, String body) {
        return site.post(COMMENTS, JSON, body, "X-Forwarded-For", address);
    }

    static String admin() {
        return StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD);
    }

    static String moderator() {
        return StaffClient.basic(StaffClient.MODERATOR, StaffClient.PASSWORD);
    }

    /** The comment as the admin API shows it (with its history). */
    static JsonObject comment(Site site, String id) {
        HttpResponse<String> response = site.get("/api/admin/comments/" + id, "Authorization", moderator());
        assertEquals(200, response.statusCode(), response.body());
        return Site.json(response).asJsonObject();
    }

    /** The one comment holding {@code text}, in any status, as the queue lists it. */
    static JsonObject find(Site site, String text) {
        HttpResponse<String> response = site.get("/api/admin/comments?status=all&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8), "Authorization", moderator());
        assertEquals(200, response.statusCode(), response.body());
        JsonArray found = Site.json(response).asJsonArray();
        assertEquals(1, found.size(), "one comment holds " + text + ": " + found);
        return comment(site, found.getJsonObject(0).getString("id"));
    }

    /** The status the comment is in, and the rule that decided on arrival. */
    static void assertDecided(JsonObject comment, String status, String rule) {
        assertEquals(status, comment.getString("status"), comment.toString());
        JsonObject arrival = comment.getJsonArray("history").getJsonObject(0);
        assertEquals("received", arrival.getString("action"));
        assertEquals("rule", arrival.getString("actorKind"));
        assertEquals(rule, arrival.getString("actorId"), arrival.toString());
    }

    /** Changes the settings for the time of {@code test}, then puts them back as they were. */
    static void withSettings(Site site, Consumer<JsonObjectBuilder> change, Runnable test) {
        HttpResponse<String> read = site.get("/api/admin/settings", "Authorization", admin());
        assertEquals(200, read.statusCode(), read.body());
        JsonObject original = Site.json(read).asJsonObject();
        JsonObjectBuilder changed = Json.createObjectBuilder(original).remove("version");
        change.accept(changed);
        HttpResponse<String> put = site.sendJson("PUT", "/api/admin/settings", changed.build().toString(),
                "Authorization", admin(), "If-Match", read.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, put.statusCode(), put.body());
        try {
            test.run();
        } finally {
            HttpResponse<String> restored = site.sendJson("PUT", "/api/admin/settings",
                    Json.createObjectBuilder(original).remove("version").build().toString(), "Authorization", admin(),
                    "If-Match", put.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, restored.statusCode(), "the settings are restored: " + restored.body());
        }
    }

    static JsonArray words(String... words) {
        var array = Json.createArrayBuilder();
        for (String word : words) {
            array.add(word);
        }
        return array.build();
    }

    /** A visitor's browser: opens a post's page, then sends its comment form with the page's stamp. */
    static final class Visitor {

        final StaffClient browser;
        private String served;

        Visitor(Site site) {
            this.browser = new StaffClient(site);
        }

        HttpResponse<String> open(String slug) {
            HttpResponse<String> page = browser.get("/posts/" + slug);
            assertEquals(200, page.statusCode());
            Matcher servedMatch = SERVED.matcher(page.body());
            served = servedMatch.find() ? servedMatch.group(1) : null;
            return page;
        }

        String served() {
            return served;
        }

        HttpResponse<String> send(String slug, Map<String, String> fields) {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            if (served != null && !all.containsKey("served")) {
                all.put("served", served);
            }
            return browser.post("/posts/" + slug + "/comments", all);
        }
    }

    static void assertNoPersonalData(String body) {
        assertTrue(!body.contains("@") || !body.matches("(?s).*[\\w.+-]+@[\\w-]+\\.[\\w.]+.*"), "no email address: " + body);
        assertTrue(!body.matches("(?s).*\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b.*"), "no IP address: " + body);
    }
}

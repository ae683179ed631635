package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search of posts on the running site (H2, its Lucene index): a post published through the admin
 * API is found at once by the forms of its words, with its passage marked on the page and in the API,
 * escaped; unpublished, it is gone; bad input never fails. The post is deleted at the end, so that the
 * demo content the other tests count stays.
 */
@ExtendWith(DemoSite.class)
class SearchIT {

    private static final String JSON = "application/json";

    @Test
    void a_published_post_is_found_by_its_words_marked_and_escaped_then_gone_when_unpublished(Site site) {
        String word = "zs" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"title\": \"Cities and <script>alert(1)</script> " + word + "\", \"body\": \"The council met."
                + " Two cities signed the <b>r\u00e9sum\u00e9</b> of " + word + " today.\", \"partnerCities\": []}";
        HttpResponse<String> created = site.post("/api/admin/posts", JSON, body, auth());
        assertEquals(201, created.statusCode(), created.body());
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*(/api/)", "$1");
        try {
            HttpResponse<String> published = site.post(path + "/publish", JSON, "",
                    auth("If-Match", created.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, published.statusCode(), published.body());

            HttpResponse<String> api = site.get("/api/posts?q=" + encode("city resume " + word));
            assertEquals(200, api.statusCode(), api.body());
            JsonArray found = Site.json(api).asJsonArray();
            assertEquals(1, found.size(), api.body());
            JsonArray snippet = found.getJsonObject(0).getJsonArray("snippet");
            List<String> matches = snippet.stream().map(JsonObject.class::cast).filter(s -> s.getBoolean("match"))
                    .map(s -> s.getString("text")).toList();
            assertTrue(matches.contains("cities") && matches.contains(word), snippet.toString());
            assertEquals("1", api.headers().firstValue("X-Total-Count").orElseThrow());

            HttpResponse<String> page = site.get("/search?q=" + encode("\"cities signed\" " + word));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<mark>"), page.body());
            assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title's markup is printed as text");
            assertFalse(page.body().contains("<b>r"), "the body's markup is no part of the passage");
            assertFalse(page.body().contains("<script>alert"), "never the title's script as HTML");
            assertTrue(page.body().contains("1 post found."), page.body());

            HttpResponse<String> unpublished = site.post(path + "/unpublish", JSON, "",
                    auth("If-Match", published.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, unpublished.statusCode(), unpublished.body());
            assertEquals("0", site.get("/api/posts?q=" + word).headers().firstValue("X-Total-Count").orElseThrow());
        } finally {
            HttpResponse<String> read = site.get(path, auth());
            if (read.statusCode() == 200) {
                site.send("DELETE", path, auth("If-Match", read.headers().firstValue("ETag").orElseThrow()));
            }
        }
    }

    @Test
    void bad_search_input_finds_nothing_or_something_never_fails(Site site) {
        for (String typed : List.of("", "\"\"\"", "-\"", "&|!():*", "\"unbalanced quote", "x".repeat(5_000), "{x}",
                "%", "'; DROP TABLE posts; --")) {
            HttpResponse<String> api = site.get("/api/posts?q=" + encode(typed));
            assertEquals(200, api.statusCode(), typed + ": " + api.body());
            HttpResponse<String> page = site.get("/search?q=" + encode(typed));
            assertEquals(200, page.statusCode(), typed + ": " + page.body());
        }
        assertEquals(400, site.get("/api/posts?q=housing&language=" + encode("en'--")).statusCode());
        assertEquals(404, site.get("/api/posts?q=housing&topic=atlantis").statusCode());
        assertEquals(200, site.get("/api/posts?q=housing&page=100000").statusCode());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(EDITOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }
}

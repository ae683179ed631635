package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.MODERATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Topics on the running site, from the editors' side to the visitors': a topic added through the admin
 * API and a post filed under it show on the topic's page, in its feed, on the post's page, in the
 * sitemap and in the JSON API; the admin pages and API refuse who may not write posts. Every test
 * deletes the posts it published, so the demo content the other tests count stays; the topics it adds
 * stay, without posts, and so out of the sitemap.
 */
@ExtendWith(DemoSite.class)
class TopicsIT {

    private static final String JSON = "application/json";

    @Test
    void a_topic_added_through_the_admin_api_shows_with_its_post_on_its_page_feed_the_post_page_and_the_sitemap(Site site) {
        String word = "zt" + UUID.randomUUID().toString().substring(0, 8);
        String topicSlug = "topic-" + word;
        HttpResponse<String> topic = site.post("/api/admin/topics", JSON, "{\"name\": \"Topic " + word + "\", \"slug\": \""
                + topicSlug + "\", \"description\": \"What **" + word + "** covers. <script>alert(1)</script>\"}", auth());
        assertEquals(201, topic.statusCode(), topic.body());
        assertEquals("\"v1\"", topic.headers().firstValue("ETag").orElseThrow());
        assertTrue(topic.headers().firstValue("Location").orElseThrow().endsWith(
                "/api/admin/topics/" + Site.json(topic).asJsonObject().getString("id")));
        assertEquals(200, site.get("/topics/" + topicSlug).statusCode(), "a topic without posts has its page");

        String id = publish(site, "{\"title\": \"Filed post " + word + "\", \"body\": \"About " + word + ".\", "
                + "\"topics\": [\"" + topicSlug + "\", \"housing\"]}");
        String postSlug = "filed-post-" + word;
        try {
            String page = site.get("/topics/" + topicSlug).body();
            assertTrue(page.contains("<h1>Topic " + word + "</h1>"), page);
            assertTrue(page.contains("<strong>" + word + "</strong>"), "the description is Markdown");
            assertFalse(page.contains("<script>alert"), "and its markup is shown as text");
            assertTrue(page.contains("href=\"/posts/" + postSlug + "\""), page);
            assertTrue(page.contains("href=\"/topics/" + topicSlug + "/feed.xml\""), page);

            HttpResponse<String> feed = site.get("/topics/" + topicSlug + "/feed.xml");
            assertEquals("application/atom+xml;charset=UTF-8", feed.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(feed.body().contains("<title>Filed post " + word + "</title>"), feed.body());
            assertTrue(feed.body().contains(site.uri("/posts/" + postSlug).toString()), feed.body());

            String post = site.get("/posts/" + postSlug).body();
            assertTrue(post.contains("Topics: <a href=\"/topics/" + topicSlug + "\">Topic " + word + "</a>, "
                    + "<a href=\"/topics/housing\">Housing</a>"), post);

            assertTrue(site.get("/sitemap.xml").body().contains(site.uri("/topics/" + topicSlug) + "</loc>"));

            JsonObject profile = Site.json(site.get("/api/topics/" + topicSlug)).asJsonObject();
            assertEquals(1, profile.getInt("totalPosts"));
            assertEquals(postSlug, profile.getJsonArray("posts").getJsonObject(0).getString("slug"));
            assertEquals(List.of(topicSlug, "housing"), Site.json(site.get("/api/posts/" + postSlug)).asJsonObject()
                    .getJsonArray("topics").stream().map(ref -> ref.asJsonObject().getString("slug")).toList());
            assertTrue(Site.json(site.get("/api/topics")).asJsonArray().stream().map(JsonValue::asJsonObject)
                    .anyMatch(listed -> listed.getString("slug").equals(topicSlug)));
            assertEquals(List.of(topicSlug, "housing"), Site.json(site.get("/api/admin/posts/" + id, auth())).asJsonObject()
                    .getJsonArray("topics").stream().map(ref -> ref.asJsonObject().getString("slug")).toList());
        } finally {
            deleteIfPresent(site, id);
        }
        assertFalse(site.get("/sitemap.xml").body().contains("/topics/" + topicSlug + "</loc>"),
                "a topic whose posts are gone leaves the sitemap");
        assertFalse(site.get("/topics/" + topicSlug).body().contains("href=\"/posts/" + postSlug + "\""));
    }

    @Test
    void a_post_naming_a_topic_that_does_not_exist_is_refused_naming_it(Site site) {
        HttpResponse<String> refused = site.post("/api/admin/posts", JSON,
                "{\"title\": \"Nowhere\", \"topics\": [\"housing\", \"no-such-topic\"]}", auth());

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = Site.json(refused).asJsonObject();
        assertEquals("/problems/invalid-request", problem.getString("type"));
        assertEquals("topics", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("\"no-such-topic\""), problem.toString());
        assertEquals(400, site.post("/api/admin/posts", JSON, "{\"title\": \"Nowhere\", \"topics\": [\"Not A Slug\"]}",
                auth()).statusCode());
    }

    @Test
    void a_topic_is_changed_only_as_read_and_its_posts_follow_it_to_its_new_name(Site site) {
        String word = "zr" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = site.post("/api/admin/topics", JSON, "{\"name\": \"Before " + word + "\"}", auth());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject topic = Site.json(created).asJsonObject();
        String path = "/api/admin/topics/" + topic.getString("id");
        assertEquals("before-" + word, topic.getString("slug"), "the slug is made from the name");
        String id = publish(site, "{\"title\": \"Renamed topic post " + word + "\", \"body\": \"Text.\", \"topics\": [\"before-"
                + word + "\"]}");
        try {
            String change = "{\"name\": \"After " + word + "\", \"slug\": \"after-" + word + "\"}";
            assertEquals(428, site.sendJson("PUT", path, change, auth()).statusCode());
            assertEquals(412, site.sendJson("PUT", path, change, auth("If-Match", "\"v99\"")).statusCode());
            HttpResponse<String> changed = site.sendJson("PUT", path, change,
                    auth("If-Match", created.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals("\"v2\"", changed.headers().firstValue("ETag").orElseThrow());

            assertEquals(404, site.get("/topics/before-" + word).statusCode());
            assertTrue(site.get("/topics/after-" + word).body().contains("Renamed topic post " + word));
            assertTrue(site.get("/posts/renamed-topic-post-" + word).body().contains(
                    "<a href=\"/topics/after-" + word + "\">After " + word + "</a>"));
            HttpResponse<String> taken = site.post("/api/admin/topics", JSON, "{\"name\": \"Housing again\", \"slug\": \"housing\"}",
                    auth());
            assertEquals(409, taken.statusCode(), taken.body());
        } finally {
            deleteIfPresent(site, id);
        }
    }

    @Test
    void editors_add_and_change_topics_through_the_admin_pages_and_file_posts_in_the_post_form(Site site) {
        String word = "zp" + UUID.randomUUID().toString().substring(0, 8);
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        assertTrue(editor.get("/admin").body().contains("href=\"/admin/topics\""), "the admin navigation leads to the topics");

        HttpResponse<String> forged = editor.post("/admin/topics", Map.of("name", "Forged " + word, "token", "nope"));
        assertEquals(403, forged.statusCode(), "a form without the member's token changes nothing");
        HttpResponse<String> created = editor.postForm("/admin/topics/new", "/admin/topics",
                Map.of("name", "Form topic " + word, "slug", "", "description", "Made in the *form*."));
        assertEquals(303, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/admin/topics?notice=created"));
        String list = editor.get("/admin/topics?notice=created").body();
        assertTrue(list.contains("Form topic " + word) && list.contains("href=\"/topics/form-topic-" + word + "\""), list);
        assertFalse(list.contains("Forged " + word));

        String form = editor.get("/admin/posts/new").body();
        assertTrue(form.contains("<input id=\"topic-form-topic-" + word + "\" name=\"topics\" type=\"checkbox\" value=\"form-topic-"
                + word + "\">"), "the post form offers the new topic");
        assertTrue(site.get("/topics/form-topic-" + word).body().contains("<em>form</em>"));
    }

    @Test
    void only_members_who_may_write_posts_reach_the_topics_admin(Site site) {
        StaffClient moderator = StaffClient.signedIn(site, MODERATOR);
        assertEquals(403, moderator.get("/admin/topics").statusCode());
        assertEquals(403, moderator.get("/admin/topics/new").statusCode());
        assertEquals(403, site.get("/api/admin/topics", "Authorization", basic(MODERATOR, PASSWORD)).statusCode());
        assertEquals(403, site.post("/api/admin/topics", JSON, "{\"name\": \"Moderated\"}",
                "Authorization", basic(MODERATOR, PASSWORD)).statusCode());
        assertEquals(401, site.get("/api/admin/topics").statusCode());
        HttpResponse<String> anonymous = new StaffClient(site).get("/admin/topics");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/admin/sign-in"));
    }

    // helpers -------------------------------------------------------------------------------------

    /** Writes a post through the admin API and publishes it; its id. */
    private static String publish(Site site, String body) {
        HttpResponse<String> created = site.post("/api/admin/posts", JSON, body, auth());
        assertEquals(201, created.statusCode(), created.body());
        String id = Site.json(created).asJsonObject().getString("id");
        HttpResponse<String> published = site.post("/api/admin/posts/" + id + "/publish", JSON, "",
                auth("If-Match", created.headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(EDITOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    /** Deletes the post: the other tests count the published posts. */
    private static void deleteIfPresent(Site site, String id) {
        HttpResponse<String> read = site.get("/api/admin/posts/" + id, auth());
        if (read.statusCode() == 200) {
            site.send("DELETE", "/api/admin/posts/" + id, auth("If-Match", read.headers().firstValue("ETag").orElseThrow()));
        }
    }
}

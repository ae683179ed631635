package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.MODERATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editors' admin of posts over HTTP on the running site: the form (write, preview, publish,
 * rename, schedule, unpublish, delete, stale versions), the JSON API with If-Match, and who may use
 * them. Every test removes the posts it published, so the demo content the other tests count stays.
 */
@ExtendWith(DemoSite.class)
class AdminPostsIT {

    private static final String JSON = "application/json";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern POST_ID = Pattern.compile("/admin/posts/([0-9a-f-]{36})");

    @Test
    void an_editor_writes_previews_publishes_renames_unpublishes_and_deletes_a_post_through_the_form(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Form post " + word;
        Map<String, String> fields = fields(title, "Hello **world** " + word + "\n\n<script>alert('x')</script>");

        HttpResponse<String> preview = editor.postForm("/admin/posts/new", "/admin/posts", with(fields, "action", "preview"));
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("<strong>world</strong>"), "the preview renders the Markdown");
        assertFalse(preview.body().contains("<script>alert"), "the preview never holds the script as HTML");
        assertTrue(preview.body().contains("&lt;script&gt;alert"), "the body as typed is kept in the form");
        assertEquals("0", apiList(site, "?q=" + word).headers().firstValue("X-Total-Count").orElseThrow(), "nothing saved");

        HttpResponse<String> created = editor.postForm("/admin/posts/new", "/admin/posts", with(fields, "action", "save"));
        assertEquals(303, created.statusCode(), created.body());
        String id = postId(created);
        String edit = "/admin/posts/" + id;
        try {
            HttpResponse<String> draft = editor.get(edit + "?notice=created");
            assertTrue(draft.body().contains("The draft was saved."));
            assertTrue(draft.body().contains("Form Author"), "the author as typed");

            HttpResponse<String> published = editor.postForm(edit, edit, with(withVersion(fields, editor, edit), "action", "publish"));
            assertEquals(303, published.statusCode(), published.body());
            assertTrue(published.headers().firstValue("Location").orElseThrow().endsWith(edit + "?notice=published"));
            String slug = "form-post-" + word;
            HttpResponse<String> notice = editor.get(edit + "?notice=published");
            assertTrue(notice.body().contains("Published.") && notice.body().contains("href=\"/posts/" + slug + "\""),
                    "the notice links to the post");
            HttpResponse<String> page = site.get("/posts/" + slug);
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains("<script>alert"));

            Map<String, String> renamed = with(withVersion(fields, editor, edit), "slug", "renamed-" + word);
            assertEquals(303, editor.postForm(edit, edit, with(renamed, "action", "save")).statusCode());
            HttpResponse<String> moved = site.get("/posts/" + slug + "?replyto=abc");
            assertEquals(301, moved.statusCode());
            assertTrue(moved.headers().firstValue("Location").orElseThrow().endsWith("/posts/renamed-" + word + "?replyto=abc"),
                    moved.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> movedApi = site.get("/api/posts/" + slug);
            assertEquals(301, movedApi.statusCode());
            assertTrue(movedApi.headers().firstValue("Location").orElseThrow().endsWith("/api/posts/renamed-" + word));
            assertEquals(200, site.get("/api/posts/renamed-" + word).statusCode());
            assertTrue(editor.get(edit).body().contains("/posts/" + slug + "</code>"), "the former slug is shown");

            HttpResponse<String> unpublished = editor.postForm(edit, edit, with(withVersion(renamed, editor, edit), "action", "unpublish"));
            assertEquals(303, unpublished.statusCode(), unpublished.body());
            assertEquals(404, site.get("/posts/renamed-" + word).statusCode());

            HttpResponse<String> confirm = editor.get(edit + "/delete");
            assertEquals(200, confirm.statusCode());
            assertTrue(confirm.body().contains("with all its comments"));
            HttpResponse<String> deleted = editor.postForm(edit + "/delete", edit + "/delete", Map.of("version", version(confirm)));
            assertEquals(303, deleted.statusCode(), deleted.body());
            assertEquals(404, editor.get(edit).statusCode());
        } finally {
            deleteIfPresent(site, id);
        }
    }

    @Test
    void a_stale_form_gets_a_conflict_message_and_keeps_what_was_typed(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String word = "zs" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = fields("Stale post " + word, "Body " + word);
        String id = postId(editor.postForm("/admin/posts/new", "/admin/posts", with(fields, "action", "save")));
        String edit = "/admin/posts/" + id;
        try {
            Map<String, String> first = with(with(fields, "version", "1"), "title", "First change " + word);
            assertEquals(303, editor.postForm(edit, edit, with(first, "action", "save")).statusCode());
            Map<String, String> second = with(with(fields, "version", "1"), "title", "Second change " + word);
            HttpResponse<String> stale = editor.postForm(edit, edit, with(second, "action", "save"));
            assertEquals(409, stale.statusCode());
            assertTrue(stale.body().contains("Someone else changed this post"), stale.body());
            assertTrue(stale.body().contains("value=\"Second change " + word + "\""), "what was typed is kept");
            assertEquals("First change " + word, Site.json(apiGet(site, id)).asJsonObject().getString("title"));

            HttpResponse<String> invalid = editor.postForm(edit, edit, with(with(withVersion(fields, editor, edit),
                    "title", ""), "action", "publish"));
            assertEquals(400, invalid.statusCode());
            assertTrue(invalid.body().contains("id=\"title-error\""), "a message next to the title");
            assertTrue(invalid.body().contains("Body " + word), "the body typed is kept");
        } finally {
            deleteIfPresent(site, id);
        }
    }

    @Test
    void a_post_scheduled_a_few_seconds_ahead_appears_on_the_home_page_in_the_api_and_in_the_feed(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String word = "zt" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Scheduled post " + word;
        Map<String, String> fields = fields(title, "Due soon " + word);
        String id = postId(editor.postForm("/admin/posts/new", "/admin/posts", with(fields, "action", "save")));
        String edit = "/admin/posts/" + id;
        try {
            String at = LocalDateTime.ofInstant(Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS),
                    ZoneId.of("Europe/Brussels")).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            HttpResponse<String> scheduled = editor.postForm(edit, edit,
                    with(with(withVersion(fields, editor, edit), "publishAt", at), "action", "schedule"));
            assertEquals(303, scheduled.statusCode(), scheduled.body());
            String page = editor.get(edit + "?notice=scheduled").body();
            assertTrue(page.contains("Scheduled for "), page);
            assertTrue(page.contains("Central European"), "the time is said in the site's zone");

            long deadline = System.currentTimeMillis() + 20_000;
            boolean home = false;
            boolean api = false;
            boolean feed = false;
            while (!(home && api && feed) && System.currentTimeMillis() < deadline) {
                home = home || site.get("/").body().contains(title);
                api = api || site.get("/api/posts?per_page=100").body().contains(title);
                feed = feed || site.get("/feed.xml").body().contains(title);
                sleep(500);
            }
            assertTrue(home, "on the home page");
            assertTrue(api, "in /api/posts");
            assertTrue(feed, "in the feed");
        } finally {
            deleteIfPresent(site, id);
        }
    }

    @Test
    void the_admin_api_writes_posts_and_every_change_needs_the_current_version(Site site) {
        String word = "zu" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"title\": \"Api post " + word + "\", \"body\": \"Text " + word + "\", \"partnerCities\": []}";
        HttpResponse<String> created = site.post("/api/admin/posts", JSON, body, auth());
        assertEquals(201, created.statusCode(), created.body());
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*(/api/)", "$1");
        JsonObject post = Site.json(created).asJsonObject();
        String id = post.getString("id");
        try {
            assertEquals("DRAFT", post.getString("status"));
            assertEquals("Demo Editor", post.getString("author"), "the signed-in member by default");
            String etag = created.headers().firstValue("ETag").orElseThrow();
            assertEquals(etag, apiGet(site, id).headers().firstValue("ETag").orElseThrow());

            HttpResponse<String> drafts = apiList(site, "?status=draft&q=" + word + "&per_page=1");
            assertEquals("1", drafts.headers().firstValue("X-Total-Count").orElseThrow());
            assertTrue(drafts.headers().firstValue("Link").orElseThrow().contains("rel=\"last\""));
            assertEquals(400, apiList(site, "?status=lost").statusCode());

            String change = body.replace("Api post", "Changed post");
            assertEquals(428, site.sendJson("PUT", path, change, auth()).statusCode());
            HttpResponse<String> changed = site.sendJson("PUT", path, change, auth("If-Match", etag));
            assertEquals(200, changed.statusCode(), changed.body());
            HttpResponse<String> stale = site.sendJson("PUT", path, body.replace("Api post", "Stale post"), auth("If-Match", etag));
            assertEquals(412, stale.statusCode());
            assertEquals("Changed post " + word, Site.json(apiGet(site, id)).asJsonObject().getString("title"), "unchanged");
            assertEquals(400, site.sendJson("PUT", path, body.replace("{", "{\"status\": \"PUBLISHED\", "),
                    auth("If-Match", changed.headers().firstValue("ETag").orElseThrow())).statusCode(), "no status in the body");

            String current = changed.headers().firstValue("ETag").orElseThrow();
            assertEquals(428, site.post(path + "/publish", JSON, "", auth()).statusCode());
            assertEquals(412, site.post(path + "/publish", JSON, "", auth("If-Match", etag)).statusCode());
            HttpResponse<String> published = site.post(path + "/publish", JSON, "", auth("If-Match", current));
            assertEquals(200, published.statusCode(), published.body());
            assertEquals("PUBLISHED", Site.json(published).asJsonObject().getString("status"));
            assertEquals(409, site.post(path + "/publish", JSON, "", auth("If-Match",
                    published.headers().firstValue("ETag").orElseThrow())).statusCode(), "published already");

            HttpResponse<String> unpublished = site.post(path + "/unpublish", JSON, "", auth("If-Match",
                    published.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, unpublished.statusCode(), unpublished.body());
            HttpResponse<String> scheduled = site.post(path + "/schedule", JSON, "{\"publishAt\": \""
                    + Instant.now().plusSeconds(3600) + "\"}", auth("If-Match", unpublished.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, scheduled.statusCode(), scheduled.body());
            assertEquals("SCHEDULED", Site.json(scheduled).asJsonObject().getString("status"));

            String last = scheduled.headers().firstValue("ETag").orElseThrow();
            assertEquals(428, site.send("DELETE", path, auth()).statusCode());
            assertEquals(412, site.send("DELETE", path, auth("If-Match", etag)).statusCode());
            assertEquals(204, site.send("DELETE", path, auth("If-Match", last)).statusCode());
            assertEquals(404, apiGet(site, id).statusCode());
        } finally {
            deleteIfPresent(site, id);
        }
    }

    @Test
    void only_members_who_may_write_posts_reach_the_posts_admin(Site site) {
        StaffClient moderator = StaffClient.signedIn(site, MODERATOR);
        assertEquals(403, moderator.get("/admin/posts").statusCode());
        assertEquals(403, moderator.get("/admin/posts/new").statusCode());
        assertEquals(403, site.get("/api/admin/posts", "Authorization", basic(MODERATOR, PASSWORD)).statusCode());
        assertEquals(401, site.get("/api/admin/posts").statusCode());
        HttpResponse<String> anonymous = new StaffClient(site).get("/admin/posts");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/admin/sign-in"));

        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        HttpResponse<String> list = editor.get("/admin/posts?status=published");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Published (9)"), "the tabs count every status, translations included");
        HttpResponse<String> dashboard = editor.get("/admin");
        assertTrue(dashboard.body().contains("href=\"/admin/posts?status=draft\""), "the dashboard links the drafts");
    }

    // helpers -------------------------------------------------------------------------------------

    private static Map<String, String> fields(String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("excerpt", "");
        fields.put("body", body);
        fields.put("slug", "");
        fields.put("commentsOpen", "true");
        fields.put("author", "Form Author");
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }

    /** The fields with the version the edit page shows now. */
    private static Map<String, String> withVersion(Map<String, String> fields, StaffClient editor, String edit) {
        return with(fields, "version", version(editor.get(edit)));
    }

    private static String version(HttpResponse<String> page) {
        Matcher version = VERSION.matcher(page.body());
        assertTrue(version.find(), page.body());
        return version.group(1);
    }

    private static String postId(HttpResponse<String> created) {
        assertEquals(303, created.statusCode(), created.body());
        Matcher id = POST_ID.matcher(created.headers().firstValue("Location").orElseThrow());
        assertTrue(id.find());
        return id.group(1);
    }

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(EDITOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    private static HttpResponse<String> apiGet(Site site, String id) {
        return site.get("/api/admin/posts/" + id, auth());
    }

    private static HttpResponse<String> apiList(Site site, String query) {
        HttpResponse<String> list = site.get("/api/admin/posts" + query, auth());
        assertNotEquals(500, list.statusCode(), list.body());
        return list;
    }

    /** Deletes the post if a failed test left it: the other tests count the published posts. */
    private static void deleteIfPresent(Site site, String id) {
        HttpResponse<String> read = apiGet(site, id);
        if (read.statusCode() == 200) {
            site.send("DELETE", "/api/admin/posts/" + id, auth("If-Match", read.headers().firstValue("ETag").orElseThrow()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

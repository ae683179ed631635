package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.COMMENTS;
import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.comment;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.moderator;
import static org.hrcities.platform.bootstrap.e2e.Moderation.submit;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The moderation queue over HTTP on the running site: its pages (tabs, bulk actions with checkboxes,
 * the confirmation before deleting for good, a comment's history), its admin API (optimistic
 * locking, bulk results), who may use them, the settings page, and the public transparency report.
 */
@ExtendWith(DemoSite.class)
class ModerationQueueIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Test
    void a_bulk_approval_on_the_queue_page_makes_the_comments_public_and_says_what_it_did(Site site) {
        String tag = text("bulk-approve");
        List<String> ids = List.of(sent(site, tag + " one"), sent(site, tag + " two"));
        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);
        String queue = "/admin/comments?status=pending&q=" + encode(tag);
        HttpResponse<String> page = moderator.get(queue);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("@example.org"), "moderators see the emails");
        assertTrue(page.body().contains("203.0."), "and the senders' addresses");

        HttpResponse<String> done = bulk(moderator, page.body(), "approve", Map.of("status", "pending", "q", tag),
                selections(page.body()));

        assertEquals(303, done.statusCode(), done.body());
        String back = done.headers().firstValue("Location").orElseThrow();
        assertTrue(back.contains("status=pending") && back.contains("q="), "back to the same tab and search: " + back);
        HttpResponse<String> after = moderator.get(back);
        assertTrue(after.body().contains("2 approved."), after.body());
        String published = site.get(COMMENTS + "?per_page=100").body();
        ids.forEach(id -> assertTrue(published.contains(id), "public after approval"));
    }

    @Test
    void spam_trash_restore_and_permanent_deletion_after_a_confirmation(Site site) {
        String content = text("lifecycle");
        String id = sent(site, content);
        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);

        assertEquals(303, act(moderator, id, content, "pending", "spam").statusCode());
        assertEquals("spam", comment(site, id).getString("status"));
        assertEquals(303, act(moderator, id, content, "spam", "trash").statusCode());
        assertEquals("trash", comment(site, id).getString("status"));
        assertEquals(303, act(moderator, id, content, "trash", "restore").statusCode());
        assertEquals("pending", comment(site, id).getString("status"));
        assertEquals(303, act(moderator, id, content, "pending", "trash").statusCode());

        HttpResponse<String> confirm = act(moderator, id, content, "trash", "delete");
        assertEquals(200, confirm.statusCode(), "deleting for good asks first");
        assertTrue(confirm.body().contains("Delete 1 comment permanently?"), confirm.body());
        assertEquals("trash", comment(site, id).getString("status"), "nothing deleted yet");
        String token = token(confirm.body());
        List<String> fields = new ArrayList<>(List.of("token=" + encode(token), "status=trash", "post=", "q=", "reason=",
                "confirmed=yes", "action=delete"));
        selections(confirm.body()).forEach(selection -> fields.add("comment=" + encode(selection)));
        HttpResponse<String> deleted = moderator.postRaw("/admin/comments", String.join("&", fields));
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertTrue(moderator.get(deleted.headers().firstValue("Location").orElseThrow()).body()
                .contains("1 deleted permanently."));
        assertEquals(404, site.get("/api/admin/comments/" + id, "Authorization", moderator()).statusCode());
    }

    @Test
    void a_stale_version_in_a_bulk_action_is_reported_and_the_others_are_applied(Site site) {
        String stale = sent(site, text("stale"));
        String fresh = sent(site, text("fresh"));
        JsonObject before = comment(site, stale);
        assertEquals(200, apiAct(site, stale, "spam", before.getInt("version")).statusCode(), "someone acts first");

        String body = Json.createObjectBuilder().add("action", "trash").add("comments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", stale).add("version", before.getInt("version")))
                .add(Json.createObjectBuilder().add("id", fresh).add("version", comment(site, fresh).getInt("version"))))
                .add("reason", "tidying up").build().toString();
        HttpResponse<String> response = site.post("/api/admin/comments/bulk", Moderation.JSON, body,
                "Authorization", moderator());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = Site.json(response).asJsonObject();
        assertEquals(1, result.getInt("done"));
        assertEquals("conflict", result.getJsonArray("results").getJsonObject(0).getString("result"));
        assertEquals("ok", result.getJsonArray("results").getJsonObject(1).getString("result"));
        assertEquals("spam", comment(site, stale).getString("status"), "left as it was");
        JsonObject trashed = comment(site, fresh);
        assertEquals("trash", trashed.getString("status"));
        assertEquals("tidying up", trashed.getJsonArray("history").getJsonObject(1).getString("reason"));

        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);
        HttpResponse<String> page = moderator.get("/admin/comments?status=pending");
        String staleRow = stale + ":" + before.getInt("version");
        String other = sent(site, text("other"));
        HttpResponse<String> summary = bulk(moderator, page.body(), "approve", Map.of("status", "pending"),
                List.of(staleRow, other + ":" + comment(site, other).getInt("version")));
        String shown = moderator.get(summary.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(shown.contains("1 approved; 1 had changed in the meantime and was left as it was."), shown);
    }

    @Test
    void of_two_moderators_acting_on_one_comment_through_the_api_one_succeeds_and_the_other_gets_412(Site site) {
        String id = sent(site, text("race"));
        HttpResponse<String> read = site.get("/api/admin/comments/" + id, "Authorization", moderator());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String editor = StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD);

        HttpResponse<String> first = site.post("/api/admin/comments/" + id + "/approve", null, "",
                "Authorization", moderator(), "If-Match", etag);
        HttpResponse<String> second = site.post("/api/admin/comments/" + id + "/spam", null, "",
                "Authorization", editor, "If-Match", etag);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(412, second.statusCode(), second.body());
        assertEquals("/problems/precondition-failed", Site.json(second).asJsonObject().getString("type"));
        assertEquals("approved", comment(site, id).getString("status"));
        assertTrue(!etag.equals(first.headers().firstValue("ETag").orElseThrow()), "a new version");
        assertEquals(428, site.post("/api/admin/comments/" + id + "/hold", null, "", "Authorization", moderator())
                .statusCode(), "no If-Match");
    }

    @Test
    void an_action_the_status_does_not_allow_is_a_409_with_the_reason(Site site) {
        String id = sent(site, text("not allowed"));
        String etag = "\"v" + comment(site, id).getInt("version") + "\"";

        HttpResponse<String> delete = site.send("DELETE", "/api/admin/comments/" + id, "Authorization", moderator(),
                "If-Match", etag);
        HttpResponse<String> hold = site.post("/api/admin/comments/" + id + "/hold", null, "", "Authorization", moderator(),
                "If-Match", etag);

        assertEquals(409, delete.statusCode(), delete.body());
        assertEquals("/problems/moderation-not-allowed", Site.json(delete).asJsonObject().getString("type"));
        assertTrue(Site.json(delete).asJsonObject().getString("detail").contains("only comments in trash or spam"));
        assertEquals(409, hold.statusCode());
        assertEquals(404, site.post("/api/admin/comments/" + id + "/publish", null, "", "Authorization", moderator(),
                "If-Match", etag).statusCode(), "no such action");
        assertEquals(204, apiDelete(site, id, "trash"), "from the trash it may go");
    }

    @Test
    void moderators_may_moderate_but_not_change_settings_and_strangers_get_401_or_the_sign_in_page(Site site) {
        assertEquals(200, site.get("/api/admin/comments", "Authorization", moderator()).statusCode());
        assertEquals(403, site.get("/api/admin/settings", "Authorization", moderator()).statusCode());
        HttpResponse<String> anonymous = site.get("/api/admin/comments");
        assertEquals(401, anonymous.statusCode());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(401, site.get("/api/admin/settings").statusCode());

        StaffClient stranger = new StaffClient(site);
        HttpResponse<String> page = stranger.get("/admin/comments");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/admin/sign-in"));
        assertEquals(303, stranger.get("/admin/settings").statusCode());

        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);
        assertEquals(200, moderator.get("/admin/comments").statusCode());
        assertEquals(403, moderator.get("/admin/settings").statusCode());
        HttpResponse<String> dashboard = moderator.get("/admin");
        assertTrue(dashboard.body().matches("(?s).*(\\d+ comments? awaits? moderation|No comment awaits moderation).*"),
                dashboard.body());
    }

    @Test
    void the_history_shows_the_rules_decision_and_the_persons_action(Site site) {
        String id = sent(site, text("history"));
        assertEquals(200, apiAct(site, id, "approve", comment(site, id).getInt("version")).statusCode());

        JsonObject api = comment(site, id);
        JsonObject arrival = api.getJsonArray("history").getJsonObject(0);
        JsonObject approval = api.getJsonArray("history").getJsonObject(1);
        assertEquals("manual-approval", arrival.getString("actorId"));
        assertEquals("person", approval.getString("actorKind"));
        assertEquals("Demo Moderator", approval.getString("actorName"));
        assertEquals("pending", approval.getString("fromStatus"));
        assertEquals("approved", approval.getString("toStatus"));

        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);
        String page = moderator.get("/admin/comments/" + id).body();
        assertTrue(page.contains("rule “manual-approval”"), page);
        assertTrue(page.contains("Demo Moderator"));
        assertTrue(page.contains("every comment waits for a moderator"), "the rule's reason");
    }

    @Test
    void the_transparency_report_counts_arrivals_and_decisions_and_holds_no_personal_data(Site site) {
        JsonObject before = thisMonth(site);
        String id = sent(site, text("transparency"));
        assertEquals(200, apiAct(site, id, "approve", comment(site, id).getInt("version")).statusCode());
        String other = sent(site, text("transparency spam"));
        assertEquals(200, apiAct(site, other, "spam", comment(site, other).getInt("version")).statusCode());

        JsonObject after = thisMonth(site);

        assertTrue(after.getInt("received") >= before.getInt("received") + 2, before + " -> " + after);
        assertTrue(after.getInt("approved") >= before.getInt("approved") + 1, before + " -> " + after);
        assertTrue(after.getInt("spam") >= before.getInt("spam") + 1, before + " -> " + after);
        HttpResponse<String> api = site.get("/api/transparency");
        assertEquals(12, Site.json(api).asJsonObject().getJsonArray("months").size());
        Moderation.assertNoPersonalData(api.body());
        HttpResponse<String> page = site.get("/transparency");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Transparency report"));
        assertFalse(page.body().contains("@example.org"), "no email on the page");
        assertTrue(site.get("/").body().contains("href=\"/transparency\""), "linked from the footer");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.get("/transparency", "If-None-Match", etag).statusCode());
    }

    @Test
    void the_settings_page_saves_refuses_wrong_values_and_reports_a_stale_version(Site site) {
        StaffClient admin = StaffClient.signedIn(site, StaffClient.ADMINISTRATOR);
        HttpResponse<String> form = admin.get("/admin/settings");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Hold a comment in the queue if it contains more than this many links"));
        String version = value(form.body(), "version");
        String flood = value(form.body(), "floodIntervalSeconds");

        HttpResponse<String> wrong = admin.post("/admin/settings", Map.of("token", token(form.body()), "version", version,
                "commentsOpenOnNewPosts", "true", "closeCommentsAfterDays", "soon", "maxLinks", "2",
                "floodIntervalSeconds", flood, "minimumFillSeconds", "2", "moderationWords", "", "disallowedWords", "",
                "reportThreshold", "3"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("must be a whole number"), wrong.body());
        assertTrue(wrong.body().contains("value=\"soon\""), "the typed value is kept");

        HttpResponse<String> stale = admin.post("/admin/settings", Map.of("token", token(form.body()), "version",
                String.valueOf(Long.parseLong(version) + 100), "commentsOpenOnNewPosts", "true", "closeCommentsAfterDays", "0",
                "maxLinks", "2", "floodIntervalSeconds", flood, "minimumFillSeconds", "2", "moderationWords", "",
                "disallowedWords", "", "reportThreshold", "3"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("Another administrator changed the settings"), stale.body());
    }

    // helpers -----------------------------------------------------------------------------------

    /** Sends a comment through the API from an address of its own and answers its id. */
    private static String sent(Site site, String content) {
        HttpResponse<String> response = submit(site, address(), "Tester", email("tester"), content);
        assertEquals(202, response.statusCode(), response.body());
        return Site.json(response).asJsonObject().getString("id");
    }

    private static HttpResponse<String> apiAct(Site site, String id, String action, int version) {
        return site.post("/api/admin/comments/" + id + "/" + action, null, "", "Authorization", moderator(),
                "If-Match", "\"v" + version + "\"");
    }

    private static int apiDelete(Site site, String id, String via) {
        assertEquals(200, apiAct(site, id, via, comment(site, id).getInt("version")).statusCode());
        return site.send("DELETE", "/api/admin/comments/" + id, "Authorization", moderator(), "If-Match",
                "\"v" + comment(site, id).getInt("version") + "\"").statusCode();
    }

    /** Acts on one comment from the tab it is in, through the queue page's form. */
    private static HttpResponse<String> act(StaffClient moderator, String id, String content, String tab, String action) {
        HttpResponse<String> page = moderator.get("/admin/comments?status=" + tab + "&q=" + encode(content));
        String selection = selections(page.body()).stream().filter(value -> value.startsWith(id + ":")).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not on the " + tab + " tab"));
        return bulk(moderator, page.body(), action, Map.of("status", tab, "q", content), List.of(selection));
    }

    private static HttpResponse<String> bulk(StaffClient moderator, String page, String action, Map<String, String> filter,
                                             List<String> selections) {
        List<String> fields = new ArrayList<>(List.of("token=" + encode(token(page)), "action=" + action));
        filter.forEach((name, value) -> fields.add(name + "=" + encode(value)));
        selections.forEach(selection -> fields.add("comment=" + encode(selection)));
        return moderator.postRaw("/admin/comments", String.join("&", fields));
    }

    private static List<String> selections(String page) {
        Matcher matcher = Pattern.compile("name=\"comment\" value=\"([^\"]+)\"").matcher(page);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static JsonObject thisMonth(Site site) {
        var months = Site.json(site.get("/api/transparency")).asJsonObject().getJsonArray("months");
        return months.getJsonObject(months.size() - 1);
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertTrue(matcher.find(), "the page has a form token");
        return matcher.group(1);
    }

    private static String value(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(matcher.find(), name + " is on the page");
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

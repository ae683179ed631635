package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.COMMENTS;
import static org.hrcities.platform.bootstrap.e2e.Moderation.JSON;
import static org.hrcities.platform.bootstrap.e2e.Moderation.POST;
import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.comment;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.moderator;
import static org.hrcities.platform.bootstrap.e2e.Moderation.submit;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readers' reports on the running site: three readers (three addresses, through the trusted proxy's
 * X-Forwarded-For) report a public comment with the page's form and the API, which hides it; it shows
 * in the queue's Reported tab with what they said; a moderator restores it; the transparency report
 * counts the reports and their outcome. Rate limits, repeated reports and bad input on the way.
 */
@ExtendWith(DemoSite.class)
class CommentReportsIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PAGE = "/posts/" + POST;
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Test
    void three_readers_hide_a_comment_until_a_moderator_restores_it_and_the_transparency_report_counts_them(Site site) {
        JsonObject before = thisMonthsReports(site);
        String content = text("reported by readers");
        String id = published(site, content);
        assertTrue(site.get(PAGE).body().contains("id=\"comment-" + id + "\""), "public at first");
        String report = PAGE + "/comments/" + id + "/report";
        HttpResponse<String> form = site.get(report);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"reason\""), form.body());

        String anna = address();
        String boris = address();
        HttpResponse<String> first = site.post(report, FORM, "reason=abuse&note=" + encode("insults another reader"),
                "X-Forwarded-For", anna);
        assertEquals(303, first.statusCode(), first.body());
        assertEquals(site.uri(report + "/received").getPath(), first.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, site.get(report + "/received").statusCode());
        assertEquals(303, site.post(report, FORM, "reason=spam", "X-Forwarded-For", boris).statusCode());
        HttpResponse<String> again = site.post(report, FORM, "reason=spam", "X-Forwarded-For", boris);
        assertEquals(303, again.statusCode(), "a reader reporting twice is answered alike: " + again.body());
        assertTrue(site.get(PAGE).body().contains("id=\"comment-" + id + "\""), "two readers do not hide it");

        HttpResponse<String> third = site.post("/api" + PAGE + "/comments/" + id + "/reports", JSON,
                "{\"reason\":\"abuse\"}", "X-Forwarded-For", address());
        assertEquals(202, third.statusCode(), third.body());
        assertEquals("received", Site.json(third).asJsonObject().getString("status"));

        assertFalse(site.get(PAGE).body().contains("id=\"comment-" + id + "\""), "hidden from the post page");
        assertFalse(site.get(COMMENTS + "?per_page=100").body().contains(id), "and from the API");
        assertEquals(404, site.get(report).statusCode(), "a hidden comment takes no more reports");
        JsonObject held = comment(site, id);
        assertEquals("pending", held.getString("status"));
        JsonObject hold = last(held.getJsonArray("history"));
        assertEquals("hold", hold.getString("action"));
        assertEquals("reports", hold.getString("actorId"));
        assertEquals("reported by 3 readers", hold.getString("reason"));

        HttpResponse<String> listed = site.get("/api/admin/comments?status=reported&per_page=100", "Authorization", moderator());
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject item = find(listed, id);
        JsonObject reports = item.getJsonObject("reports");
        assertEquals(3, reports.getInt("readers"));
        assertEquals(2, reports.getJsonObject("byReason").getInt("abuse"));
        assertEquals(1, reports.getJsonObject("byReason").getInt("spam"));
        assertEquals("insults another reader", reports.getJsonArray("notes").getString(0));
        assertFalse(listed.body().contains(anna) || listed.body().contains(boris), "no reader's address in the queue");

        StaffClient moderatorPages = StaffClient.signedIn(site, StaffClient.MODERATOR);
        assertTrue(moderatorPages.get("/admin").body().matches("(?s).*\\d+ comments? (was|were) reported by readers.*"),
                "the dashboard leads to the reported comments");
        HttpResponse<String> tab = moderatorPages.get("/admin/comments?status=reported");
        assertEquals(200, tab.statusCode());
        assertTrue(tab.body().contains("Reported by 3 readers: abuse 2, spam 1"), tab.body());
        assertFalse(tab.body().contains(anna), "no reader's address on the page");
        String selection = selections(tab.body()).stream().filter(value -> value.startsWith(id + ":")).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not on the Reported tab"));
        HttpResponse<String> restored = moderatorPages.postRaw("/admin/comments", "token=" + encode(token(tab.body()))
                + "&action=approve&status=reported&post=&q=&comment=" + encode(selection));
        assertEquals(303, restored.statusCode(), restored.body());

        assertEquals("approved", comment(site, id).getString("status"));
        assertTrue(site.get(PAGE).body().contains("id=\"comment-" + id + "\""), "public again");
        assertFalse(site.get("/api/admin/comments?status=reported&per_page=100", "Authorization", moderator()).body()
                .contains(id), "its reports are closed");
        JsonObject after = thisMonthsReports(site);
        assertTrue(after.getInt("received") >= before.getInt("received") + 3, before + " -> " + after);
        assertTrue(after.getInt("dismissed") >= before.getInt("dismissed") + 3, before + " -> " + after);
        HttpResponse<String> transparency = site.get("/transparency");
        assertTrue(transparency.body().contains("Readers' reports"), transparency.body());
        Moderation.assertNoPersonalData(site.get("/api/transparency").body());
    }

    @Test
    void a_reader_reporting_again_at_once_waits_and_bad_reports_are_refused_precisely(Site site) {
        String one = published(site, text("first reported"));
        String two = published(site, text("second reported"));
        String reader = address();
        String api = "/api" + PAGE + "/comments/";

        assertEquals(202, site.post(api + one + "/reports", JSON, "{\"reason\":\"off-topic\"}", "X-Forwarded-For", reader)
                .statusCode());
        HttpResponse<String> tooSoon = site.post(api + two + "/reports", JSON, "{\"reason\":\"spam\"}",
                "X-Forwarded-For", reader);
        assertEquals(429, tooSoon.statusCode(), tooSoon.body());
        assertTrue(tooSoon.headers().firstValue("Retry-After").isPresent());
        assertTrue(tooSoon.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        HttpResponse<String> pageTooSoon = site.post(PAGE + "/comments/" + two + "/report", FORM, "reason=spam",
                "X-Forwarded-For", reader);
        assertEquals(429, pageTooSoon.statusCode());
        assertTrue(pageTooSoon.body().contains("You are sending reports too fast"), pageTooSoon.body());
        assertTrue(pageTooSoon.body().contains("value=\"spam\" required checked"), "the choice is kept");

        String other = address();
        assertEquals(400, site.post(api + two + "/reports", JSON, "{\"reason\":\"rude\"}", "X-Forwarded-For", other)
                .statusCode());
        assertEquals(400, site.post(api + two + "/reports", JSON, "{\"reason\":\"spam\",\"reporter\":\"x\"}",
                "X-Forwarded-For", other).statusCode(), "unknown fields are refused");
        assertEquals(400, site.post(api + two + "/reports", JSON, "{\"reason\":\"spam\",\"note\":\"" + "x".repeat(501) + "\"}",
                "X-Forwarded-For", other).statusCode());
        assertEquals(404, site.post(api + "not-an-id/reports", JSON, "{\"reason\":\"spam\"}", "X-Forwarded-For", other)
                .statusCode());
        assertEquals(404, site.post("/api/posts/no-such-post/comments/" + two + "/reports", JSON, "{\"reason\":\"spam\"}",
                "X-Forwarded-For", other).statusCode());
        assertEquals(400, site.post(PAGE + "/comments/" + two + "/report", FORM, "note=no+reason", "X-Forwarded-For", other)
                .statusCode());
        assertEquals(202, site.post(api + two + "/reports", JSON, "{\"reason\":\"spam\"}", "X-Forwarded-For", other)
                .statusCode(), "nothing above counted against the reader");
    }

    @Test
    void the_threshold_is_a_discussion_setting_checked_on_the_settings_page_and_in_the_api(Site site) {
        HttpResponse<String> read = site.get("/api/admin/settings", "Authorization", Moderation.admin());
        assertEquals(3, Site.json(read).asJsonObject().getInt("reportThreshold"), "three readers by default");
        JsonObject tooMany = jakarta.json.Json.createObjectBuilder(Site.json(read).asJsonObject()).remove("version")
                .add("reportThreshold", 1001).build();
        HttpResponse<String> refused = site.sendJson("PUT", "/api/admin/settings", tooMany.toString(), "Authorization",
                Moderation.admin(), "If-Match", read.headers().firstValue("ETag").orElseThrow());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("reportThreshold"), refused.body());
        StaffClient admin = StaffClient.signedIn(site, StaffClient.ADMINISTRATOR);
        String page = admin.get("/admin/settings").body();
        assertTrue(page.contains("name=\"reportThreshold\""), page);
        assertTrue(page.contains("Hide a public comment once this many readers have reported it"), page);

        Moderation.withSettings(site, settings -> settings.add("reportThreshold", 1), () -> {
            String id = published(site, text("one report is enough"));
            assertEquals(202, site.post("/api" + PAGE + "/comments/" + id + "/reports", JSON, "{\"reason\":\"spam\"}",
                    "X-Forwarded-For", address()).statusCode());
            assertEquals("pending", comment(site, id).getString("status"), "a threshold of one hides at the first report");
            assertEquals("reported by 1 reader", last(comment(site, id).getJsonArray("history")).getString("reason"));
        });
        Moderation.withSettings(site, settings -> settings.add("reportThreshold", 0), () -> {
            String id = published(site, text("never hidden by reports"));
            for (int i = 0; i < 4; i++) {
                assertEquals(202, site.post("/api" + PAGE + "/comments/" + id + "/reports", JSON, "{\"reason\":\"abuse\"}",
                        "X-Forwarded-For", address()).statusCode());
            }
            assertEquals("approved", comment(site, id).getString("status"), "0: reports alone never hide a comment");
            assertEquals(4, comment(site, id).getJsonObject("reports").getInt("readers"));
        });
    }

    // helpers -----------------------------------------------------------------------------------

    /** A comment sent from an address of its own and approved through the admin API; answers its id. */
    private static String published(Site site, String content) {
        HttpResponse<String> sent = submit(site, address(), "Tester", email("tester"), content);
        assertEquals(202, sent.statusCode(), sent.body());
        String id = Site.json(sent).asJsonObject().getString("id");
        HttpResponse<String> approved = site.post("/api/admin/comments/" + id + "/approve", null, "", "Authorization",
                moderator(), "If-Match", "\"v" + comment(site, id).getInt("version") + "\"");
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    private static JsonObject thisMonthsReports(Site site) {
        JsonArray months = Site.json(site.get("/api/transparency")).asJsonObject().getJsonArray("months");
        return months.getJsonObject(months.size() - 1).getJsonObject("reports");
    }

    private static JsonObject find(HttpResponse<String> listed, String id) {
        for (var value : Site.json(listed).asJsonArray()) {
            if (value.asJsonObject().getString("id").equals(id)) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError(id + " is not listed: " + listed.body());
    }

    private static JsonObject last(JsonArray array) {
        return array.getJsonObject(array.size() - 1);
    }

    private static List<String> selections(String page) {
        Matcher matcher = Pattern.compile("name=\"comment\" value=\"([^\"]+)\"").matcher(page);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertTrue(matcher.find(), "the page has a form token");
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

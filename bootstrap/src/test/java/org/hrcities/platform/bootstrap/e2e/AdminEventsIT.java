package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.MODERATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editors' events over HTTP on the running site: the admin pages and the admin API. Each test
 * works on an event of its own and leaves it a draft, so that visitors' lists stay the demo's.
 */
@ExtendWith(DemoSite.class)
class AdminEventsIT {

    private static final String JSON = "application/json";
    private static final Pattern EVENT_ID = Pattern.compile("/admin/events/([0-9a-f-]{36})");

    @Test
    void an_editor_plans_an_event_through_the_form_and_publishes_postpones_cancels_and_reinstates_it(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        assertTrue(editor.get("/admin").body().contains("<a href=\"/admin/events\""), "the navigation links the events");
        String slug = "form-event-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Roundtable " + slug);
        fields.put("slug", slug);
        fields.put("description", "What *it* is about.");
        fields.put("timeZone", "Europe/Brussels");
        fields.put("startDate", "2031-03-30");
        fields.put("startTime", "02:30");
        fields.put("endDate", "2031-03-30");
        fields.put("endTime", "04:00");
        fields.put("city", "");
        fields.put("address", "");
        fields.put("onlineLink", "https://meet.example/" + slug);
        fields.put("registration", "");
        fields.put("version", "0");

        HttpResponse<String> gap = editor.postForm("/admin/events/new", "/admin/events", fields);
        assertEquals(400, gap.statusCode(), "a time the clocks skip");
        assertTrue(gap.body().contains("id=\"start-error\""), gap.body());
        assertTrue(gap.body().contains("does not exist in Europe/Brussels: the clocks move forward from 02:00 to 03:00"),
                gap.body());
        assertTrue(gap.body().contains("value=\"Roundtable " + slug + "\""), "what was typed is kept");
        assertTrue(gap.body().contains("value=\"02:30\""), "the time typed is kept");

        fields.put("timeZone", "Europe/Brusels");
        HttpResponse<String> zone = editor.postForm("/admin/events/new", "/admin/events", fields);
        assertEquals(400, zone.statusCode());
        assertTrue(zone.body().contains("id=\"timeZone-error\">Unknown time zone \"Europe/Brusels\""), zone.body());
        assertTrue(zone.body().contains("value=\"Europe/Brusels\""), "the zone typed is kept");

        fields.put("timeZone", "Europe/Brussels");
        fields.put("startTime", "14:00");
        fields.put("endTime", "16:00");
        HttpResponse<String> created = editor.postForm("/admin/events/new", "/admin/events", fields);
        assertEquals(303, created.statusCode(), created.body());
        String id = idIn(created.headers().firstValue("Location").orElseThrow());
        String page = "/admin/events/" + id;
        try {
            JsonObject draft = apiEvent(site, id);
            assertFalse(draft.getBoolean("published"), "a draft");
            assertEquals("2031-03-30T14:00:00+02:00", draft.getJsonObject("timing").getString("startsAt"));
            assertTrue(editor.get("/admin/events").body().contains("Roundtable " + slug), "listed for editors");
            assertTrue(editor.get(page).body().contains("Draft · Scheduled"));
            assertPublicPage(site, slug, 404);

            long version = version(draft);
            assertEquals(303, editor.postForm(page, page + "/publish", Map.of("version", "" + version)).statusCode());
            assertTrue(apiEvent(site, id).getBoolean("published"));
            assertPublicPage(site, slug, 200);

            HttpResponse<String> stale = editor.postForm(page, page + "/cancel", Map.of("version", "" + version));
            assertEquals(409, stale.statusCode(), "the version read before publishing is stale");
            assertTrue(stale.body().contains("Someone else changed this event"), stale.body());
            assertEquals("SCHEDULED", apiEvent(site, id).getString("status"), "nothing changed");

            Map<String, String> staleEdit = new LinkedHashMap<>(fields);
            staleEdit.put("version", "" + version);
            staleEdit.put("title", "A stale title");
            HttpResponse<String> staleForm = editor.postForm(page, page, staleEdit);
            assertEquals(409, staleForm.statusCode());
            assertTrue(staleForm.body().contains("value=\"A stale title\""), "what was typed is kept");

            version = version(apiEvent(site, id));
            Map<String, String> postponement = new LinkedHashMap<>();
            postponement.put("version", "" + version);
            postponement.put("newStartDate", "2031-10-26");
            postponement.put("newStartTime", "02:30");
            postponement.put("newEndDate", "2031-10-26");
            postponement.put("newEndTime", "04:00");
            HttpResponse<String> twice = editor.postForm(page, page + "/postpone", postponement);
            assertEquals(400, twice.statusCode(), "a time the clocks live twice");
            assertTrue(twice.body().contains("id=\"newStart-error\""), twice.body());
            assertTrue(twice.body().contains("is ambiguous in Europe/Brussels"), twice.body());

            postponement.put("newStartTime", "10:00");
            postponement.put("newEndTime", "12:00");
            assertEquals(303, editor.postForm(page, page + "/postpone", postponement).statusCode());
            JsonObject postponed = apiEvent(site, id);
            assertEquals("POSTPONED", postponed.getString("status"));
            assertEquals("2031-10-26T10:00", postponed.getJsonObject("timing").getString("start"));
            assertEquals("2031-03-30T14:00", postponed.getJsonObject("previousTiming").getString("start"));

            assertEquals(303, editor.postForm(page, page + "/cancel", Map.of("version", "" + version(postponed))).statusCode());
            JsonObject cancelled = apiEvent(site, id);
            assertEquals("CANCELLED", cancelled.getString("status"));
            assertEquals(303, editor.postForm(page, page + "/reinstate", Map.of("version", "" + version(cancelled))).statusCode());
            assertEquals("POSTPONED", apiEvent(site, id).getString("status"), "postponed again, as before the cancellation");
        } finally {
            withdrawIfPublished(site, id);
        }
    }

    @Test
    void the_admin_api_manages_events_with_if_match(Site site) {
        String slug = "api-event-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"slug\": \"" + slug + "\", \"title\": \"Webinar " + slug + "\", \"description\": \"About *it*.\", "
                + "\"start\": \"2031-01-20T14:00\", \"end\": \"2031-01-20T16:00\", \"timeZone\": \"Europe/Brussels\", "
                + "\"onlineLink\": \"https://meet.example/" + slug + "\"}";

        HttpResponse<String> unknown = site.post("/api/admin/events", JSON, body.replace("{", "{\"status\": \"CANCELLED\", "), auth());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("is not a field of this request"), unknown.body());

        HttpResponse<String> gap = site.post("/api/admin/events", JSON, body.replace("2031-01-20T14:00", "2031-03-30T02:30")
                .replace("2031-01-20T16:00", "2031-03-30T04:00"), auth());
        assertEquals(400, gap.statusCode(), gap.body());
        assertTrue(gap.body().contains("\"field\":\"start\""), gap.body());
        assertTrue(gap.body().contains("does not exist in Europe/Brussels"), gap.body());

        HttpResponse<String> created = site.post("/api/admin/events", JSON, body, auth());
        assertEquals(201, created.statusCode(), created.body());
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*(/api/)", "$1");
        String id = Site.json(created).asJsonObject().getString("id");
        try {
            String etag = created.headers().firstValue("ETag").orElseThrow();
            assertEquals(etag, site.get(path, auth()).headers().firstValue("ETag").orElseThrow());
            assertFalse(Site.json(created).asJsonObject().getBoolean("published"));
            assertPublicPage(site, slug, 404);
            assertEquals(409, site.post("/api/admin/events", JSON, body, auth()).statusCode(), "the slug is taken");

            String changedBody = body.replace("Webinar", "Online webinar");
            assertEquals(428, site.sendJson("PUT", path, changedBody, auth()).statusCode());
            HttpResponse<String> changed = site.sendJson("PUT", path, changedBody, auth("If-Match", etag));
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals(412, site.sendJson("PUT", path, body.replace("Webinar", "Stale"), auth("If-Match", etag)).statusCode());
            assertEquals("Online webinar " + slug, Site.json(site.get(path, auth())).asJsonObject().getString("title"),
                    "unchanged by the stale write");

            HttpResponse<String> published = site.post(path + "/publish", JSON, "", auth("If-Match", etagOf(changed)));
            assertEquals(200, published.statusCode(), published.body());
            assertTrue(Site.json(published).asJsonObject().getBoolean("published"));
            assertPublicPage(site, slug, 200);
            assertEquals(412, site.post(path + "/cancel", JSON, "", auth("If-Match", etagOf(changed))).statusCode(), "stale");

            HttpResponse<String> refused = site.post(path + "/postpone", JSON,
                    "{\"start\": \"2031-10-26T02:30\", \"end\": \"2031-10-26T04:00\"}", auth("If-Match", etagOf(published)));
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("is ambiguous in Europe/Brussels"), refused.body());
            HttpResponse<String> postponed = site.post(path + "/postpone", JSON,
                    "{\"start\": \"2031-02-03\", \"end\": \"2031-02-04\", \"allDay\": true}", auth("If-Match", etagOf(published)));
            assertEquals(200, postponed.statusCode(), postponed.body());
            JsonObject moved = Site.json(postponed).asJsonObject();
            assertEquals("POSTPONED", moved.getString("status"));
            assertTrue(moved.getJsonObject("timing").getBoolean("allDay"));
            assertEquals("2031-02-05T00:00:00+01:00", moved.getJsonObject("timing").getString("endsAt"));

            HttpResponse<String> cancelled = site.post(path + "/cancel", JSON, "", auth("If-Match", etagOf(postponed)));
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            assertEquals(409, site.post(path + "/cancel", JSON, "", auth("If-Match", etagOf(cancelled))).statusCode(),
                    "already cancelled");
            HttpResponse<String> reinstated = site.post(path + "/reinstate", JSON, "", auth("If-Match", etagOf(cancelled)));
            assertEquals(200, reinstated.statusCode(), reinstated.body());

            HttpResponse<String> list = site.get("/api/admin/events?per_page=1", auth());
            assertEquals(200, list.statusCode());
            assertTrue(Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow()) >= 1);
            assertEquals(1, Site.json(list).asJsonArray().size());
        } finally {
            withdrawIfPublished(site, id);
        }
    }

    @Test
    void moderators_and_visitors_cannot_reach_the_events_administration(Site site) {
        StaffClient moderator = StaffClient.signedIn(site, MODERATOR);
        assertEquals(403, moderator.get("/admin/events").statusCode());
        assertFalse(moderator.get("/admin").body().contains("href=\"/admin/events\""), "no link for moderators");
        assertEquals(403, site.get("/api/admin/events", "Authorization", basic(MODERATOR, PASSWORD)).statusCode());
        assertEquals(401, site.get("/api/admin/events").statusCode());
        assertEquals(303, new StaffClient(site).get("/admin/events").statusCode());
    }

    /**
     * The public page of the event, when this build serves public event pages: 404 for a draft, 200
     * once published. A build without them answers 404 to both, and then the admin API's
     * {@code published} says the same.
     */
    private static void assertPublicPage(Site site, String slug, int expected) {
        HttpResponse<String> page = site.get("/events/" + slug);
        if (expected == 404 || page.statusCode() != 404) {
            assertEquals(expected, page.statusCode(), "/events/" + slug);
        }
    }

    private static String idIn(String location) {
        Matcher id = EVENT_ID.matcher(location);
        assertTrue(id.find(), location);
        return id.group(1);
    }

    private static JsonObject apiEvent(Site site, String id) {
        HttpResponse<String> read = site.get("/api/admin/events/" + id, auth());
        assertEquals(200, read.statusCode(), read.body());
        return Site.json(read).asJsonObject();
    }

    private static long version(JsonObject event) {
        return event.getJsonNumber("version").longValue();
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(EDITOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    /** Leaves the event a draft, so that visitors' lists stay the demo's. */
    private static void withdrawIfPublished(Site site, String id) {
        HttpResponse<String> read = site.get("/api/admin/events/" + id, auth());
        if (read.statusCode() == 200 && Site.json(read).asJsonObject().getBoolean("published")) {
            site.post("/api/admin/events/" + id + "/withdraw", JSON, "", auth("If-Match", etagOf(read)));
        }
    }
}

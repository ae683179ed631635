package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.ADMINISTRATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrators' partner cities over HTTP on the running site. Each test works on a city of its
 * own and leaves it retired, so the public list the other tests count stays the demo's seven cities.
 */
@ExtendWith(DemoSite.class)
class AdminCitiesIT {

    private static final String JSON = "application/json";

    @Test
    void an_administrator_adds_a_city_and_a_retired_city_leaves_the_lists_but_keeps_its_page(Site site) {
        StaffClient admin = StaffClient.signedIn(site, ADMINISTRATOR);
        String slug = "form-city-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Formtown " + slug.substring(10));
        fields.put("slug", slug);
        fields.put("country", "be");
        fields.put("membership", "GUEST");
        fields.put("memberSince", "2024");
        fields.put("website", "");
        fields.put("latitude", "50.85");
        fields.put("longitude", "north");
        fields.put("description", "A city added by a test.");

        HttpResponse<String> refused = admin.postForm("/admin/cities/new", "/admin/cities", fields);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"longitude-error\""), refused.body());
        assertTrue(refused.body().contains("value=\"" + slug + "\""), "what was typed is kept");

        fields.put("longitude", "4.35");
        HttpResponse<String> created = admin.postForm("/admin/cities/new", "/admin/cities", fields);
        assertEquals(303, created.statusCode(), created.body());
        String id = apiCityId(site, slug);
        try {
            assertTrue(site.get("/api/cities").body().contains(slug), "listed");
            assertTrue(site.get("/cities").body().contains("/cities/" + slug), "on the public list");

            String list = admin.get("/admin/cities").body();
            assertTrue(list.contains("action=\"/admin/cities/" + id + "/retire\""));
            HttpResponse<String> retired = admin.postForm("/admin/cities", "/admin/cities/" + id + "/retire",
                    Map.of("version", "1"));
            assertEquals(303, retired.statusCode(), retired.body());
            assertFalse(site.get("/api/cities").body().contains(slug), "off the API list");
            assertFalse(site.get("/cities").body().contains("/cities/" + slug + "\""), "off the public list");
            assertEquals(200, site.get("/cities/" + slug).statusCode(), "keeps its page");
            assertEquals(200, site.get("/api/cities/" + slug).statusCode(), "keeps its API page");

            HttpResponse<String> stale = admin.postForm("/admin/cities", "/admin/cities/" + id + "/reinstate",
                    Map.of("version", "1"));
            assertEquals(409, stale.statusCode(), "the version read before retiring is stale");
            assertTrue(stale.body().contains("Someone else changed this city"));

            HttpResponse<String> reinstated = admin.postForm("/admin/cities", "/admin/cities/" + id + "/reinstate",
                    Map.of("version", "2"));
            assertEquals(303, reinstated.statusCode(), reinstated.body());
            assertTrue(site.get("/api/cities").body().contains(slug), "listed again");

            Map<String, String> staleEdit = new LinkedHashMap<>(fields);
            staleEdit.put("version", "1");
            staleEdit.put("name", "Stale name");
            HttpResponse<String> staleForm = admin.postForm("/admin/cities/" + id, "/admin/cities/" + id, staleEdit);
            assertEquals(409, staleForm.statusCode());
            assertTrue(staleForm.body().contains("value=\"Stale name\""));
        } finally {
            retireIfListed(site, id);
        }
    }

    @Test
    void the_admin_api_manages_cities_with_if_match(Site site) {
        String slug = "api-city-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"slug\": \"" + slug + "\", \"name\": \"Apitown\", \"country\": \"AT\", \"membership\": \"ASSOCIATE_MEMBER\", "
                + "\"memberSince\": 2021, \"website\": \"https://apitown.example.org\", \"latitude\": 47.1, \"longitude\": 15.4, "
                + "\"description\": \"Made by a test.\"}";
        assertEquals(400, site.post("/api/admin/cities", JSON, body.replace("\"AT\"", "\"Austria\""), auth()).statusCode());
        HttpResponse<String> created = site.post("/api/admin/cities", JSON, body, auth());
        assertEquals(201, created.statusCode(), created.body());
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*(/api/)", "$1");
        String id = Site.json(created).asJsonObject().getString("id");
        try {
            String etag = created.headers().firstValue("ETag").orElseThrow();
            assertEquals(409, site.post("/api/admin/cities", JSON, body, auth()).statusCode(), "the slug is taken");
            assertEquals(428, site.sendJson("PUT", path, body.replace("Apitown", "Apiville"), auth()).statusCode());
            HttpResponse<String> changed = site.sendJson("PUT", path, body.replace("Apitown", "Apiville"), auth("If-Match", etag));
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals(412, site.sendJson("PUT", path, body.replace("Apitown", "Stale"), auth("If-Match", etag)).statusCode());
            assertEquals("Apiville", Site.json(site.get(path, auth())).asJsonObject().getString("name"), "unchanged by the stale write");

            assertEquals(428, site.post(path + "/retire", JSON, "", auth()).statusCode());
            HttpResponse<String> retired = site.post(path + "/retire", JSON, "", auth("If-Match",
                    changed.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, retired.statusCode(), retired.body());
            JsonObject city = Site.json(retired).asJsonObject();
            assertTrue(city.getBoolean("retired"));
            assertFalse(site.get("/api/cities").body().contains(slug));
            assertTrue(site.get("/api/admin/cities", auth()).body().contains(slug), "administrators still see it");
        } finally {
            retireIfListed(site, id);
        }
    }

    @Test
    void editors_and_visitors_cannot_reach_the_city_administration(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        assertEquals(403, editor.get("/admin/cities").statusCode());
        assertEquals(403, site.get("/api/admin/cities", "Authorization", basic(EDITOR, PASSWORD)).statusCode());
        assertEquals(401, site.get("/api/admin/cities").statusCode());
        assertEquals(303, new StaffClient(site).get("/admin/cities").statusCode());
    }

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(ADMINISTRATOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    private static String apiCityId(Site site, String slug) {
        return Site.json(site.get("/api/admin/cities", auth())).asJsonArray().stream().map(city -> city.asJsonObject())
                .filter(city -> city.getString("slug").equals(slug)).findFirst().orElseThrow().getString("id");
    }

    /** Leaves the city retired, so that the public list stays the demo's. */
    private static void retireIfListed(Site site, String id) {
        HttpResponse<String> read = site.get("/api/admin/cities/" + id, auth());
        if (read.statusCode() == 200 && !Site.json(read).asJsonObject().getBoolean("retired")) {
            site.post("/api/admin/cities/" + id + "/retire", JSON, "", auth("If-Match", read.headers().firstValue("ETag").orElseThrow()));
        }
    }
}

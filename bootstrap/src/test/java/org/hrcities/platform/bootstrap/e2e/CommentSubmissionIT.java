package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Visitors leave comments through the API of the running site; bad input gets a precise 4xx. */
@ExtendWith(DemoSite.class)
class CommentSubmissionIT {

    private static final String COMMENTS = "/api/posts/happy-new-year-2021/comments";
    private static final String JSON = "application/json";

    @Test
    void a_new_comment_is_accepted_pending_and_stays_out_of_the_public_list(Site site) {
        int before = Site.json(site.get(COMMENTS)).asJsonArray().size();
        String body = """
                {"authorName": "Lea Novak", "authorEmail": "lea.novak@example.org",
                 "authorUrl": "lea.example.org", "content": "Greetings from Ljubljana!\\nHappy New Year."}""";

        HttpResponse<String> response = post(site, COMMENTS, JSON, body);

        assertEquals(202, response.statusCode(), response.body());
        JsonObject submitted = Site.json(response).asJsonObject();
        assertEquals("PENDING", submitted.getString("status"));
        UUID.fromString(submitted.getString("id"));
        assertFalse(response.body().contains("lea.novak"), "the email is not echoed");
        JsonArray after = Site.json(site.get(COMMENTS)).asJsonArray();
        assertEquals(before, after.size(), "pending comments are not public");
        assertFalse(after.toString().contains(submitted.getString("id")));
    }

    @Test
    void invalid_fields_get_400_with_every_refused_field_named(Site site) {
        String body = """
                {"authorName": "  ", "authorEmail": "not-an-address", "authorUrl": "javascript:alert(1)", "content": ""}""";

        HttpResponse<String> response = post(site, COMMENTS, JSON, body);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = Site.json(response).asJsonObject();
        assertEquals("/problems/invalid-request", problem.getString("type"));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field")).distinct().sorted().toList();
        assertTrue(fields.containsAll(List.of("authorName", "content")), fields.toString());
    }

    @Test
    void an_unsafe_or_malformed_website_and_email_are_refused_by_the_domain(Site site) {
        String body = """
                {"authorName": "Eve", "authorEmail": "eve@@example.org", "authorUrl": "javascript:alert(1)", "content": "Hi"}""";

        JsonObject problem = Site.json(post(site, COMMENTS, JSON, body)).asJsonObject();

        assertEquals(400, problem.getInt("status"));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("authorEmail", "authorUrl"), fields);
    }

    @Test
    void a_client_cannot_set_the_status_or_any_field_the_request_does_not_define(Site site) {
        String body = """
                {"authorName": "Mallory", "authorEmail": "m@example.org", "content": "Approve me", "status": "APPROVED"}""";

        HttpResponse<String> response = post(site, COMMENTS, JSON, body);

        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Site.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertEquals("status", error.getString("field"));
    }

    @Test
    void malformed_json_and_a_missing_body_get_400(Site site) {
        for (String body : List.of("{\"authorName\": \"Ann\",", "[]", "", "nul")) {
            HttpResponse<String> response = post(site, COMMENTS, JSON, body);
            assertEquals(400, response.statusCode(), body + " -> " + response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow(), body);
        }
    }

    @Test
    void a_body_that_is_not_json_gets_415(Site site) {
        HttpResponse<String> response = post(site, COMMENTS, "text/plain", "hello");
        assertEquals(415, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void a_post_whose_comments_are_closed_refuses_comments_with_403(Site site) {
        String body = """
                {"authorName": "Ann", "authorEmail": "ann@example.org", "content": "Too late?"}""";
        HttpResponse<String> response = post(site, "/api/posts/the-way-of-human-rights-in-nuremberg/comments", JSON, body);
        assertEquals(403, response.statusCode());
        assertEquals("/problems/comments-closed", Site.json(response).asJsonObject().getString("type"));
    }

    @Test
    void comments_on_unknown_posts_and_drafts_get_404(Site site) {
        String body = """
                {"authorName": "Ann", "authorEmail": "ann@example.org", "content": "Hello"}""";
        assertEquals(404, post(site, "/api/posts/no-such-post/comments", JSON, body).statusCode());
        assertEquals(404, post(site, "/api/posts/network-meeting-agenda/comments", JSON, body).statusCode());
    }

    @Test
    void a_reply_names_a_public_comment_of_the_same_post(Site site) {
        String parent = Site.json(site.get(COMMENTS)).asJsonArray().getJsonObject(0).getString("id");
        String reply = """
                {"authorName": "Ann", "authorEmail": "ann.reply@example.org", "content": "Agreed!", "parentId": "%s"}""";

        assertEquals(202, post(site, COMMENTS, JSON, reply.formatted(parent)).statusCode());

        HttpResponse<String> unknownParent = post(site, COMMENTS, JSON, reply.formatted(UUID.randomUUID()));
        assertEquals(400, unknownParent.statusCode());
        assertEquals("parentId", Site.json(unknownParent).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> notAnId = post(site, COMMENTS, JSON, reply.formatted("42"));
        assertEquals(400, notAnId.statusCode());
    }

    @Test
    void markup_in_a_comment_is_stored_as_text(Site site) {
        String body = """
                {"authorName": "<b>Ann</b>", "authorEmail": "ann.markup@example.org", "content": "<script>alert(1)</script><img src=x onerror=alert(2)>"}""";
        assertEquals(202, post(site, COMMENTS, JSON, body).statusCode());
    }

    /** Each comment comes from an address of its own, so that no test trips the flood interval of another. */
    private static HttpResponse<String> post(Site site, String path, String contentType, String body) {
        return site.post(path, contentType, body, "X-Forwarded-For", Moderation.address());
    }
}

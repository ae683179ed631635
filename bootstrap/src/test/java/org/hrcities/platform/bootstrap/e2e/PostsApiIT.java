package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Visitors' and scripts' reading of posts through the JSON API of the running site. */
@ExtendWith(DemoSite.class)
class PostsApiIT {

    @Test
    void lists_the_published_demo_posts_newest_first_with_paging_headers(Site site) {
        HttpResponse<String> response = site.get("/api/posts?per_page=4");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("6", response.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("2", response.headers().firstValue("X-Total-Pages").orElseThrow());
        String link = response.headers().firstValue("Link").orElseThrow();
        assertTrue(link.contains("page=2") && link.contains("rel=\"next\"") && link.contains("rel=\"last\""), link);

        JsonArray posts = Site.json(response).asJsonArray();
        assertEquals(4, posts.size());
        List<Instant> dates = posts.stream().map(p -> Instant.parse(p.asJsonObject().getString("publishedAt"))).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).isAfter(dates.get(i)), "newest first: " + dates);
        }
        JsonObject housing = posts.getJsonObject(0);
        assertEquals("housing-as-a-human-right-utrecht-and-vienna", housing.getString("slug"));
        assertEquals(List.of("utrecht", "vienna"), housing.getJsonArray("partnerCities").stream()
                .map(city -> city.asJsonObject().getString("slug")).toList());
        assertEquals(1, housing.getInt("commentCount"), "only approved comments count");
    }

    @Test
    void the_second_page_holds_the_rest(Site site) {
        JsonArray second = Site.json(site.get("/api/posts?per_page=4&page=2")).asJsonArray();
        assertEquals(2, second.size());
        assertEquals("happy-new-year-2021", second.getJsonObject(1).getString("slug"));
    }

    @Test
    void reads_a_published_post_by_its_slug(Site site) {
        HttpResponse<String> response = site.get("/api/posts/happy-new-year-2021");
        assertEquals(200, response.statusCode());
        JsonObject post = Site.json(response).asJsonObject();
        assertEquals("Happy New Year 2021!", post.getString("title"));
        assertTrue(post.getString("body").startsWith("We wish you a fruitful New Year 2021!"));
        assertEquals("2021-01-04T09:00:00Z", post.getString("publishedAt"));
        assertEquals(3, post.getInt("commentCount"));
    }

    @Test
    void lists_the_approved_comments_of_a_post_with_their_threads_and_never_an_email(Site site) {
        HttpResponse<String> response = site.get("/api/posts/happy-new-year-2021/comments");
        assertEquals(200, response.statusCode());
        JsonArray comments = Site.json(response).asJsonArray();
        assertEquals(3, comments.size(), "the pending comment is not public");
        JsonObject first = comments.getJsonObject(0);
        JsonObject reply = comments.getJsonObject(1);
        assertEquals(first.getString("id"), reply.getString("parentId"));
        assertEquals(2, reply.getInt("depth"));
        assertFalse(response.body().contains("@"), "no email address in " + response.body());
        assertFalse(response.body().toLowerCase().contains("email"), response.body());
    }

    @Test
    void a_draft_is_not_found(Site site) {
        HttpResponse<String> response = site.get("/api/posts/network-meeting-agenda");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("/problems/not-found", Site.json(response).asJsonObject().getString("type"));
        assertEquals(404, site.get("/api/posts/network-meeting-agenda/comments").statusCode());
    }

    @Test
    void a_path_that_cannot_be_a_slug_is_not_found(Site site) {
        for (String path : List.of("/api/posts/NOT-A-SLUG", "/api/posts/..%2F..%2Fetc%2Fpasswd", "/api/posts/%2e%2e",
                "/api/posts/" + "a".repeat(300))) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow(), path);
        }
    }

    @Test
    void a_nul_byte_in_the_path_is_refused_with_a_problem_that_says_so(Site site) {
        HttpResponse<String> response = site.get("/api/posts/%00");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"type\":\"/problems/malformed-path\"")
                && response.body().contains("the path encodes a NUL character"), response.body());
    }

    @Test
    void bad_paging_parameters_get_400_with_the_field_named(Site site) {
        for (String query : List.of("page=abc", "page=0", "per_page=101", "per_page=-5", "page=99999999999")) {
            HttpResponse<String> response = site.get("/api/posts?" + query);
            assertEquals(400, response.statusCode(), query);
            JsonObject problem = Site.json(response).asJsonObject();
            assertEquals("/problems/invalid-request", problem.getString("type"), query);
            String field = problem.getJsonArray("errors").getJsonObject(0).getString("field");
            assertEquals(query.substring(0, query.indexOf('=')), field, query);
        }
    }

    @Test
    void a_page_beyond_the_last_is_empty_but_tells_the_totals(Site site) {
        HttpResponse<String> response = site.get("/api/posts?page=50");
        assertEquals(200, response.statusCode());
        assertEquals(0, Site.json(response).asJsonArray().size());
        assertEquals("6", response.headers().firstValue("X-Total-Count").orElseThrow());
    }
}

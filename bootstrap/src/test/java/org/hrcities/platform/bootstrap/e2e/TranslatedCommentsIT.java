package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.comment;
import static org.hrcities.platform.bootstrap.e2e.Moderation.find;
import static org.hrcities.platform.bootstrap.e2e.Moderation.moderator;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A post translated through the admin API keeps comments of its own per language: a comment sent
 * from the French page goes to the French post, and after approval is read there and not on the
 * English original. The moderation queue, one for every language, names the French post.
 */
@ExtendWith(DemoSite.class)
class TranslatedCommentsIT {

    private static final String JSON = "application/json";

    @Test
    void a_comment_on_the_french_translation_is_shown_with_it_and_not_with_the_original(Site site)
            throws InterruptedException {
        String word = "tc" + UUID.randomUUID().toString().substring(0, 8);
        Deque<String> created = new ArrayDeque<>();
        try {
            HttpResponse<String> english = site.post("/api/admin/posts", JSON, """
                    {"title": "Comments in languages %s", "body": "The original.", "language": "en"}""".formatted(word),
                    auth());
            assertEquals(201, english.statusCode(), english.body());
            JsonObject original = Site.json(english).asJsonObject();
            created.push(original.getString("id"));
            assertEquals("en", original.getString("language"));

            String translations = "/api/admin/posts/" + original.getString("id") + "/translations";
            String frenchBody = """
                    {"title": "Commentaires en langues %s", "body": "La traduction.", "slug": "commentaires-%s",
                     "language": "fr"}""".formatted(word, word);
            HttpResponse<String> french = site.post(translations, JSON, frenchBody, auth());
            assertEquals(201, french.statusCode(), french.body());
            JsonObject translation = Site.json(french).asJsonObject();
            created.push(translation.getString("id"));
            assertEquals("/api/admin/posts/" + translation.getString("id"),
                    french.headers().firstValue("Location").orElseThrow().replaceFirst("^.*(/api/)", "$1"));
            assertTrue(french.headers().firstValue("ETag").isPresent());
            assertEquals("fr", translation.getString("language"));
            assertEquals("DRAFT", translation.getString("status"));
            assertEquals(original.getString("id"),
                    translation.getJsonArray("translations").getJsonObject(0).getString("id"));

            HttpResponse<String> again = site.post(translations, JSON, frenchBody.replace("commentaires-", "encore-"), auth());
            assertEquals(409, again.statusCode(), again.body());
            assertEquals("application/problem+json", again.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(400, site.post(translations, JSON, frenchBody.replace("\"fr\"", "\"es\""), auth()).statusCode());
            assertEquals(400, site.post(translations, JSON, frenchBody.replace("\"fr\"", "\"en\""), auth()).statusCode(),
                    "the original's own language");
            assertEquals(404, site.post("/api/admin/posts/" + UUID.randomUUID() + "/translations", JSON, frenchBody,
                    auth()).statusCode());

            publish(site, english);
            publish(site, french);
            String englishSlug = original.getString("slug");
            String frenchSlug = translation.getString("slug");

            // a visitor's form, stamped by a page of the site and sent back after the minimum fill time
            Moderation.Visitor visitor = new Moderation.Visitor(site);
            visitor.open(englishSlug);
            Thread.sleep(2_100);
            String content = "Merci pour la traduction " + word;
            HttpResponse<String> sent = visitor.browser.post("/fr/posts/" + frenchSlug + "/comments", Map.of(
                    "name", "Léa", "email", "lea." + word + "@example.org", "comment", content,
                    "served", visitor.served()));
            assertEquals(303, sent.statusCode(), sent.body());
            assertTrue(sent.headers().firstValue("Location").orElseThrow()
                    .contains("/fr/posts/" + frenchSlug + "?comment="), sent.headers().toString());

            JsonObject held = find(site, content);
            assertEquals(translation.getString("id"), held.getString("postId"), "stored on the French post");
            assertEquals(frenchSlug, held.getString("postSlug"));
            if (!"approved".equalsIgnoreCase(held.getString("status"))) {
                HttpResponse<String> approved = site.post("/api/admin/comments/" + held.getString("id") + "/approve",
                        null, "", "Authorization", moderator(), "If-Match", "\"v" + held.getInt("version") + "\"");
                assertEquals(200, approved.statusCode(), approved.body());
            }
            assertEquals("approved", comment(site, held.getString("id")).getString("status").toLowerCase());

            HttpResponse<String> onFrench = site.get("/api/posts/" + frenchSlug + "/comments?lang=fr");
            assertEquals(200, onFrench.statusCode(), onFrench.body());
            assertTrue(onFrench.body().contains(content), onFrench.body());
            HttpResponse<String> onEnglish = site.get("/api/posts/" + englishSlug + "/comments");
            assertEquals(200, onEnglish.statusCode(), onEnglish.body());
            assertFalse(onEnglish.body().contains(content), onEnglish.body());
            HttpResponse<String> englishPage = site.get("/posts/" + englishSlug);
            assertEquals(200, englishPage.statusCode());
            assertFalse(englishPage.body().contains(content), "not on the English page");
            assertEquals(404, site.get("/api/posts/" + frenchSlug + "/comments").statusCode(),
                    "the French slug names no post in the default language");
            assertEquals(400, site.get("/api/posts/" + frenchSlug + "/comments?lang=es").statusCode());
        } finally {
            // the translation first, then the original, each with its comments
            while (!created.isEmpty()) {
                String id = created.pop();
                HttpResponse<String> read = site.get("/api/admin/posts/" + id, "Authorization", basic(EDITOR, PASSWORD));
                if (read.statusCode() == 200) {
                    HttpResponse<String> deleted = site.send("DELETE", "/api/admin/posts/" + id,
                            auth("If-Match", read.headers().firstValue("ETag").orElseThrow()));
                    assertEquals(204, deleted.statusCode(), deleted.body());
                }
            }
        }
    }

    private static void publish(Site site, HttpResponse<String> created) {
        String id = Site.json(created).asJsonObject().getString("id");
        HttpResponse<String> published = site.post("/api/admin/posts/" + id + "/publish", JSON, "",
                auth("If-Match", created.headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, published.statusCode(), published.body());
    }

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(EDITOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editors translate a post through the admin pages of the running site: the editor's Translations box
 * starts a German draft holding the original's text, the translator writes over it and publishes it, and
 * readers find it under {@code /de/}. The test deletes the posts it made: the other tests count the demo content.
 */
@ExtendWith(DemoSite.class)
class AdminTranslationsIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern POST_ID = Pattern.compile("/admin/posts/([0-9a-f-]{36})");

    @Test
    void an_editor_translates_a_post_into_german_through_the_editor_and_publishes_it_under_de(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String word = "zl" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Translated post " + word;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("language", "en");
        fields.put("title", title);
        fields.put("excerpt", "An excerpt " + word);
        fields.put("body", "The English text " + word);
        fields.put("slug", "");
        fields.put("commentsOpen", "true");
        fields.put("author", "Form Author");
        fields.put("action", "save");
        String original = postId(editor.postForm("/admin/posts/new", "/admin/posts", fields));
        String edit = "/admin/posts/" + original;
        String translation = null;
        try {
            HttpResponse<String> editorPage = editor.get(edit);
            assertTrue(editorPage.body().contains("<h2 id=\"translations-title\">Translations</h2>"), editorPage.body());
            assertTrue(editorPage.body().contains("Translate into <span lang=\"de\">Deutsch</span></button>"),
                    editorPage.body());

            HttpResponse<String> started = editor.postForm(edit, edit + "/translations", Map.of("language", "de"));
            assertEquals(303, started.statusCode(), started.body());
            assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("?notice=translated"));
            translation = postId(started);
            String translationEdit = "/admin/posts/" + translation;

            HttpResponse<String> draft = editor.get(translationEdit + "?notice=translated");
            assertEquals(200, draft.statusCode());
            assertTrue(draft.body().contains("The draft translation into Deutsch was saved"), draft.body());
            assertTrue(draft.body().contains("value=\"" + title + "\""), "the original's title, to write over");
            assertTrue(draft.body().contains("The English text " + word + "</textarea>"), "the original's body");
            assertTrue(draft.body().contains("<a href=\"" + edit + "\" lang=\"en\">" + title + "</a>"),
                    "the translation links back to the original");

            Map<String, String> german = new LinkedHashMap<>(fields);
            german.remove("language");
            german.put("title", "Übersetzter Beitrag " + word);
            german.put("body", "Der deutsche Text " + word);
            german.put("version", version(editor.get(translationEdit)));
            german.put("action", "publish");
            HttpResponse<String> published = editor.postForm(translationEdit, translationEdit, german);
            assertEquals(303, published.statusCode(), published.body());

            String slug = "translated-post-" + word;
            HttpResponse<String> notice = editor.get(translationEdit + "?notice=published");
            assertTrue(notice.body().contains("href=\"/de/posts/" + slug + "\""), "the notice links to the German address");
            HttpResponse<String> page = site.get("/de/posts/" + slug);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Der deutsche Text " + word), page.body());

            HttpResponse<String> again = editor.postForm(edit, edit + "/translations", Map.of("language", "de"));
            assertEquals(409, again.statusCode(), again.body());
            assertTrue(again.body().contains("This post is already translated into Deutsch"), again.body());

            HttpResponse<String> list = editor.get("/admin/posts?language=de&q=" + word);
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("Übersetzter Beitrag " + word) && !list.body().contains(">" + title + "<"),
                    list.body());
        } finally {
            if (translation != null) {
                deleteIfPresent(site, translation);
            }
            deleteIfPresent(site, original);
        }
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

    private static void deleteIfPresent(Site site, String id) {
        String[] auth = {"Authorization", basic(EDITOR, PASSWORD)};
        HttpResponse<String> read = site.get("/api/admin/posts/" + id, auth);
        if (read.statusCode() == 200) {
            site.send("DELETE", "/api/admin/posts/" + id, "Authorization", auth[1],
                    "If-Match", read.headers().firstValue("ETag").orElseThrow());
        }
    }
}

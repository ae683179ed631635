package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.COMMENTS;
import static org.hrcities.platform.bootstrap.e2e.Moderation.POST;
import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.moderator;
import static org.hrcities.platform.bootstrap.e2e.Moderation.submit;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store of rendered public answers (PageCache) on the running site: an answer from the store is
 * the answer the resource gives, and whatever a request changes is seen by the next read at once.
 */
@ExtendWith(DemoSite.class)
class PageCacheIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The form cookie readers got before the pages became the same for everyone: it changes nothing now. */
    private static final String COOKIE = "hrc_form=" + "pagecacheitpagecacheitpagecacheitpagecachei";
    private static final Pattern STAMP = Pattern.compile("name=\"served\" value=\"([^\"]+)\"");
    private static final List<String> PATHS = List.of("/", "/posts/" + POST, "/posts/" + POST + "?replyto=none",
            "/api/posts?per_page=10", "/api/posts/" + POST, COMMENTS, "/cities", "/api/cities", "/feed.xml", "/transparency",
            "/api/transparency", "/assets/site.css", "/search?q=human+rights");

    /**
     * After a change, the first read is answered by the resource and the next ones from the store: all
     * of them the same status, headers and bytes (the form's stamp aside: should a read come more than
     * a second after the first, the page would be rendered again), plain and gzipped, and a
     * revalidation gets the same 304 either way.
     */
    @Test
    void an_answer_from_the_store_is_the_answer_the_resource_gives(Site site) {
        for (String encoding : List.of("identity", "gzip")) {
            for (String path : PATHS) {
                changeSomething(site);
                HttpResponse<byte[]> made = get(site, path, "Accept-Encoding", encoding, "Cookie", COOKIE);
                HttpResponse<byte[]> stored = get(site, path, "Accept-Encoding", encoding, "Cookie", COOKIE);
                HttpResponse<byte[]> again = get(site, path, "Accept-Encoding", encoding, "Cookie", COOKIE);
                String where = path + " (" + encoding + ")";
                assertEquals(200, made.statusCode(), where);
                assertEquals(headers(made), headers(stored), where);
                assertEquals(headers(made), headers(again), where);
                assertEquals(shown(made), shown(stored), where);
                assertEquals(shown(made), shown(again), where);

                String etag = made.headers().firstValue("ETag").orElseThrow();
                changeSomething(site);
                HttpResponse<byte[]> madeNotModified = get(site, path, "Accept-Encoding", encoding, "Cookie", COOKIE,
                        "If-None-Match", etag);
                HttpResponse<byte[]> storedNotModified = get(site, path, "Accept-Encoding", encoding, "Cookie", COOKIE,
                        "If-None-Match", etag);
                assertEquals(304, madeNotModified.statusCode(), where);
                assertEquals(304, storedNotModified.statusCode(), where);
                assertEquals(headers(madeNotModified), headers(storedNotModified), where);
            }
        }
    }

    @Test
    void every_reader_gets_the_same_post_page_and_no_cookie(Site site) {
        HttpResponse<byte[]> newcomer = get(site, "/posts/" + POST);
        HttpResponse<byte[]> returning = get(site, "/posts/" + POST, "Cookie", COOKIE);

        assertEquals(shown(newcomer), shown(returning));
        assertEquals(newcomer.headers().firstValue("ETag"), returning.headers().firstValue("ETag"));
        assertTrue(newcomer.headers().allValues("Set-Cookie").isEmpty(), "no cookie for readers");
        assertTrue(returning.headers().allValues("Set-Cookie").isEmpty());
        assertEquals("public, no-cache", newcomer.headers().firstValue("Cache-Control").orElseThrow(),
                "any cache may hold the page");
        assertFalse(shown(newcomer).contains("name=\"token\""), "the form carries no token");
    }

    /**
     * The post page's form carries the time the page was rendered: a change makes the next reader get
     * a new rendering, and the readers right after get that same rendering from the store.
     */
    @Test
    void after_a_change_one_reader_gets_a_new_rendering_and_the_next_readers_get_it_from_the_store(Site site) {
        int storedAnswers = 0;
        for (int round = 0; round < 5; round++) {
            String before = stamp(get(site, "/posts/" + POST));
            Site.pause(5);
            changeSomething(site);
            long asked = System.nanoTime();
            String rendered = stamp(get(site, "/posts/" + POST));
            String next = stamp(get(site, "/posts/" + POST));
            boolean withinASecond = System.nanoTime() - asked < 800_000_000L;

            assertNotEquals(before, rendered, "round " + round + ": rendered again after the change");
            if (withinASecond) {
                assertEquals(rendered, next, "round " + round + ": the next reader gets the stored rendering");
                storedAnswers++;
            }
        }
        assertTrue(storedAnswers > 0, "no two reads came within the store's second of each other");
    }

    /**
     * A comment held for moderation leaves the stored pages as they are; the moderator's approval
     * is on the post page and in the API at the very next read, round after round.
     */
    @Test
    void what_a_moderator_approves_is_public_at_the_next_read(Site site) {
        for (int round = 0; round < 10; round++) {
            String content = text("at once " + round);
            HttpResponse<String> sent = submit(site, address(), "Reader " + round, email("reader"), content);
            assertEquals(202, sent.statusCode(), sent.body());
            String id = Site.json(sent).asJsonObject().getString("id");
            for (int read = 0; read < 3; read++) {
                assertFalse(shown(get(site, "/posts/" + POST)).contains(content), "held comments are not shown");
                assertFalse(shown(get(site, COMMENTS + "?per_page=100")).contains(content));
            }
            String etag = site.get("/api/admin/comments/" + id, "Authorization", moderator()).headers()
                    .firstValue("ETag").orElseThrow();

            HttpResponse<String> approved = site.post("/api/admin/comments/" + id + "/approve", null, "",
                    "Authorization", moderator(), "If-Match", etag);

            assertEquals(200, approved.statusCode(), approved.body());
            assertTrue(shown(get(site, "/posts/" + POST)).contains(content), "round " + round + ": on the post page");
            assertTrue(shown(get(site, COMMENTS + "?per_page=100")).contains(content), "round " + round + ": in the API");
        }
    }

    /**
     * A request that changes nothing anyone can see but reaches a write: a comment refused as invalid
     * (400), which, not being the answer its declaration holds for, counts as a change of everything.
     */
    private static void changeSomething(Site site) {
        assertEquals(400, site.post(COMMENTS, "application/json", "{}").statusCode());
    }

    private static HttpResponse<byte[]> get(Site site, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every header but Date, in order of name; the values of each name in the order sent. The length of
     * a gzipped page with a form is left out: a stamp of another rendering may compress differently.
     */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        if (headers.containsKey("content-encoding") && String.valueOf(headers.get("content-type")).contains("text/html")) {
            headers.remove("content-length");
        }
        return headers;
    }

    private static String stamp(HttpResponse<byte[]> page) {
        assertEquals(200, page.statusCode());
        Matcher stamp = STAMP.matcher(body(page));
        assertTrue(stamp.find(), "the form carries its stamp");
        return stamp.group(1);
    }

    /** The body, unzipped if need be, with the form's stamp left out. */
    private static String shown(HttpResponse<byte[]> response) {
        return STAMP.matcher(body(response)).replaceAll("name=\"served\"");
    }

    /** The body, unzipped if need be. */
    private static String body(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}

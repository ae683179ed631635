package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.MODERATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.hrcities.platform.domain.media.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Images on the running site: uploaded through the admin API (their bytes decide what they are),
 * served to everyone for a year without asking again, and leading a post on its page, in lists and
 * in the JSON API with the alt text its editor wrote. SVG, what is not an image, and files too large
 * are refused with the reason, and nothing is stored.
 */
@ExtendWith(DemoSite.class)
class MediaIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String JSON = "application/json";

    @Test
    void an_uploaded_image_is_served_immutable_and_the_same_bytes_are_kept_once(Site site) {
        byte[] jpeg = TestImages.jpeg(120, 80);
        HttpResponse<String> created = upload(site, jpeg, "image/jpeg", "Graz%20City%20Hall.JPEG", "The%20city%20hall");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject file = Site.json(created).asJsonObject();
        assertEquals("graz-city-hall.jpg", file.getString("fileName"));
        assertEquals("image/jpeg", file.getString("mediaType"));
        assertEquals(120, file.getInt("width"));
        assertEquals(80, file.getInt("height"));
        assertEquals(jpeg.length, file.getJsonNumber("bytes").longValue());
        assertEquals("The city hall", file.getString("alt"));
        String url = file.getString("url");
        assertEquals("/media/" + file.getString("id") + "/graz-city-hall.jpg", url);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/media/" + file.getString("id")));

        HttpResponse<byte[]> served = getBytes(site, url);
        assertEquals(200, served.statusCode());
        assertArrayEquals(jpeg, served.body());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, getBytes(site, url, "If-None-Match", etag).statusCode());
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> head = site.send("HEAD", url);
            assertEquals(200, head.statusCode());
            assertEquals(String.valueOf(jpeg.length), head.headers().firstValue("Content-Length").orElseThrow());
            assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
        }

        HttpResponse<String> renamed = site.get("/media/" + file.getString("id") + "/other-name.jpg");
        assertEquals(301, renamed.statusCode());
        assertTrue(renamed.headers().firstValue("Location").orElseThrow().endsWith(url));
        assertEquals(301, site.get("/media/" + file.getString("id")).statusCode());
        assertEquals(404, site.get("/media/" + UUID.randomUUID() + "/x.jpg").statusCode());
        assertEquals(404, site.get("/media/not-an-id/x.jpg").statusCode());

        HttpResponse<String> again = upload(site, jpeg, "application/octet-stream", "copy.jpg", null);
        assertEquals(200, again.statusCode(), "the same bytes are the file kept before: " + again.body());
        assertEquals(file.getString("id"), Site.json(again).asJsonObject().getString("id"));
    }

    @Test
    void every_format_is_known_by_its_bytes_whatever_the_content_type_says(Site site) {
        String[] expected = {"image/png", "image/gif", "image/webp"};
        byte[][] files = {TestImages.png(7 + seed(), 5), TestImages.gif(9, 4 + seed()), TestImages.webpLossless(301 + seed(), 200)};
        for (int i = 0; i < files.length; i++) {
            HttpResponse<String> created = upload(site, files[i], "image/jpeg", "picture.jpeg", null);
            assertEquals(201, created.statusCode(), created.body());
            JsonObject file = Site.json(created).asJsonObject();
            assertEquals(expected[i], file.getString("mediaType"));
            assertTrue(file.getString("fileName").startsWith("picture."), file.getString("fileName"));
            assertEquals(expected[i], getBytes(site, file.getString("url")).headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void svg_what_is_not_an_image_and_files_too_large_are_refused_with_the_reason_and_nothing_is_stored(Site site) {
        long before = count(site);
        HttpResponse<String> svg = upload(site, ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<circle r=\"4\"/></svg>").getBytes(StandardCharsets.UTF_8), "image/svg+xml", "logo.svg", null);
        assertEquals(400, svg.statusCode(), svg.body());
        assertTrue(svg.body().contains("SVG images are not taken"), svg.body());
        assertEquals("file", Site.json(svg).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> html = upload(site, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "image/png", "x.png", null);
        assertEquals(400, html.statusCode(), html.body());
        assertTrue(html.body().contains("not a PNG, JPEG, WebP or GIF"), html.body());

        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.png(4, 4), 0, large, 0, TestImages.png(4, 4).length);
        HttpResponse<String> tooLarge = upload(site, large, "image/png", "large.png", null);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> text = site.post("/api/admin/media", "text/plain", "hello", auth());
        assertEquals(415, text.statusCode(), text.body());
        assertEquals(before, count(site), "nothing was stored");
    }

    @Test
    void only_staff_who_write_posts_may_upload(Site site) {
        byte[] png = TestImages.png(3, 3 + seed());
        assertEquals(401, send(site, png, "image/png", "/api/admin/media?name=x.png", new String[0]).statusCode());
        assertEquals(403, send(site, png, "image/png", "/api/admin/media?name=x.png",
                new String[] {"Authorization", basic(MODERATOR, PASSWORD)}).statusCode());
    }

    @Test
    void a_featured_image_leads_its_post_on_its_page_in_lists_and_in_the_json_api_with_its_alt_text(Site site) {
        JsonObject image = Site.json(upload(site, TestImages.png(64, 48 + seed()), "image/png", "lead.png", null))
                .asJsonObject();
        String word = "zm" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refused = site.post("/api/admin/posts", JSON, "{\"title\": \"Lead " + word + "\", \"featuredImage\": "
                + "{\"mediaId\": \"" + image.getString("id") + "\", \"alt\": \"\"}}", auth());
        assertEquals(400, refused.statusCode(), "alt text is required with a featured image: " + refused.body());
        HttpResponse<String> unknown = site.post("/api/admin/posts", JSON, "{\"title\": \"Lead " + word + "\", \"featuredImage\": "
                + "{\"mediaId\": \"" + UUID.randomUUID() + "\", \"alt\": \"Gone\"}}", auth());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("featuredImage", Site.json(unknown).asJsonObject().getJsonArray("errors").getJsonObject(0)
                .getString("field"));

        String alt = "Mayors <b>signing</b> the declaration";
        HttpResponse<String> created = site.post("/api/admin/posts", JSON, "{\"title\": \"Lead " + word + "\", \"body\": "
                + "\"Text.\", \"featuredImage\": {\"mediaId\": \"" + image.getString("id") + "\", \"alt\": \"" + alt + "\"}}", auth());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject post = Site.json(created).asJsonObject();
        assertEquals(image.getString("url"), post.getJsonObject("featuredImage").getString("url"));
        String id = post.getString("id");
        try {
            HttpResponse<String> published = site.post("/api/admin/posts/" + id + "/publish", JSON, "",
                    auth("If-Match", created.headers().firstValue("ETag").orElseThrow()));
            assertEquals(200, published.statusCode(), published.body());
            String slug = "lead-" + word;

            Element lead = Jsoup.parse(site.get("/posts/" + slug).body()).selectFirst("figure.featured-image img");
            assertEquals(image.getString("url"), lead.attr("src"));
            assertEquals(alt, lead.attr("alt"), "the alt text, escaped in the page and read back as text");
            assertEquals("64", lead.attr("width"));
            assertFalse(site.get("/posts/" + slug).body().contains("<b>signing"), "markup in alt text is text");

            Element card = Jsoup.parse(site.get("/").body()).selectFirst("a[href=/posts/" + slug + "]")
                    .closest("article").selectFirst("img.card-image");
            assertEquals(image.getString("url"), card.attr("src"));
            assertEquals(alt, card.attr("alt"));

            JsonObject json = Site.json(site.get("/api/posts/" + slug)).asJsonObject().getJsonObject("featuredImage");
            assertEquals(alt, json.getString("alt"));
            assertEquals(image.getString("id"), json.getString("mediaId"));
            assertTrue(site.get("/api/posts").body().contains("\"url\":\"" + image.getString("url") + "\""));
        } finally {
            HttpResponse<String> read = site.get("/api/admin/posts/" + id, auth());
            site.send("DELETE", "/api/admin/posts/" + id, auth("If-Match", read.headers().firstValue("ETag").orElseThrow()));
        }
    }

    @Test
    void alt_text_is_written_as_read(Site site) {
        HttpResponse<String> created = upload(site, TestImages.gif(6, 6 + seed()), "image/gif", "square.gif", null);
        JsonObject file = Site.json(created).asJsonObject();
        String path = "/api/admin/media/" + file.getString("id");
        assertEquals("", file.getString("alt"));
        assertEquals(428, site.sendJson("PUT", path, "{\"alt\": \"A square\"}", auth()).statusCode());
        HttpResponse<String> described = site.sendJson("PUT", path, "{\"alt\": \"A square\"}",
                auth("If-Match", created.headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, described.statusCode(), described.body());
        assertEquals("A square", Site.json(described).asJsonObject().getString("alt"));
        assertEquals(412, site.sendJson("PUT", path, "{\"alt\": \"Stale\"}",
                auth("If-Match", created.headers().firstValue("ETag").orElseThrow())).statusCode());
        assertTrue(site.get("/api/admin/media?limit=5", auth()).body().contains("\"alt\":\"A square\""));
    }

    /** A small number that makes this run's images differ from earlier runs' (the same bytes are kept once). */
    private static int seed() {
        return (int) (System.nanoTime() % 50) + 1;
    }

    private static long count(Site site) {
        return Long.parseLong(site.get("/api/admin/media?limit=1", auth()).headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static HttpResponse<String> upload(Site site, byte[] bytes, String type, String name, String alt) {
        return send(site, bytes, type, "/api/admin/media?name=" + name + (alt == null ? "" : "&alt=" + alt), auth());
    }

    private static HttpResponse<String> send(Site site, byte[] bytes, String type, String path, String[] headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> getBytes(Site site, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
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

    private static String[] auth(String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = basic(EDITOR, PASSWORD);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editors' media library on the running site: an editor signed in through the form uploads a PNG
 * through the library's multipart form, finds it listed and flagged as undescribed, describes it, and
 * the site serves it at its public address for a year; the same image sent again is kept once, an SVG
 * and a file over 10 MiB come back on the form with why, and a stranger's post keeps nothing.
 */
@ExtendWith(DemoSite.class)
class MediaLibraryIT {

    private static final String BOUNDARY = "----hrc-media-boundary-5c2e";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Test
    void an_editor_uploads_a_png_sees_it_listed_describes_it_and_the_site_serves_it(Site site) throws IOException {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        HttpResponse<String> library = editor.get("/admin/media");
        assertEquals(200, library.statusCode(), library.body());
        assertTrue(library.body().contains("<a href=\"/admin/media\" aria-current=\"page\">Media</a>"), library.body());
        assertTrue(library.body().contains("enctype=\"multipart/form-data\""), library.body());
        String token = token(library.body());
        long before = count(site);

        String word = UUID.randomUUID().toString().substring(0, 8);
        byte[] png = png(48, 32);
        HttpResponse<String> uploaded = editor.postBytes("/admin/media", MULTIPART,
                multipart(token, "Harbour " + word + ".PNG", "image/png", png, ""));
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        URI location = URI.create(uploaded.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getQuery().contains("notice=uploaded"), location.toString());
        Matcher fileId = Pattern.compile("file=([0-9a-f-]{36})").matcher(location.getQuery());
        assertTrue(fileId.find(), location.toString());
        String id = fileId.group(1);
        String fileName = "harbour-" + word + ".png";
        String address = "/media/" + id + "/" + fileName;
        assertEquals(before + 1, count(site));

        String listed = editor.get(location.getPath() + "?" + location.getRawQuery()).body();
        assertTrue(listed.contains(fileName + " was uploaded."), listed);
        String item = item(listed, id);
        assertTrue(item.contains("<img src=\"" + address + "\" alt=\"\" width=\"48\" height=\"32\" loading=\"lazy\">"), item);
        assertTrue(item.contains("<figcaption>" + fileName + "</figcaption>"), item);
        assertTrue(item.contains("No description yet"), item);
        assertTrue(item.contains("48 × 32 pixels, ") && item.contains(String.format(java.util.Locale.ROOT, "(%,d bytes)",
                png.length)), item);
        assertTrue(item.contains("<a href=\"" + address + "\">"), item);

        Matcher read = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(item);
        assertTrue(read.find(), item);
        String version = read.group(1);
        String alt = "Boats in the harbour of " + word;
        HttpResponse<String> described = editor.post("/admin/media/" + id,
                Map.of("token", token, "version", version, "alt", alt));
        assertEquals(303, described.statusCode(), described.body());
        String after = editor.get("/admin/media").body();
        assertTrue(item(after, id).contains("<img src=\"" + address + "\" alt=\"" + alt + "\""), item(after, id));
        assertFalse(item(after, id).contains("No description yet"), item(after, id));

        HttpResponse<String> stale = editor.post("/admin/media/" + id, Map.of("token", token, "version", version,
                "alt", "Written from an old page"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("Someone else changed this description"), stale.body());
        assertTrue(stale.body().contains("It now says “" + alt + "”"), stale.body());
        assertTrue(stale.body().contains("value=\"Written from an old page\""), "what was typed is kept");

        HttpResponse<byte[]> served = site.getBytes(address);
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElseThrow());
        assertArrayEquals(png, served.body());

        HttpResponse<String> again = editor.postBytes("/admin/media", MULTIPART,
                multipart(token, "copy.png", "image/png", png, ""));
        assertEquals(303, again.statusCode(), again.body());
        String known = again.headers().firstValue("Location").orElseThrow();
        assertTrue(known.contains("file=" + id) && known.contains("notice=known"), known);
        assertTrue(editor.get(known).body().contains(fileName + " was already in the library"));
        assertEquals(before + 1, count(site), "the same image is kept once");
    }

    @Test
    void an_svg_and_a_file_over_ten_mebibytes_come_back_on_the_form_and_nothing_is_kept(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String token = token(editor.get("/admin/media").body());
        long before = count(site);

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = editor.postBytes("/admin/media", MULTIPART,
                multipart(token, "logo.svg", "image/svg+xml", svg, "Our logo"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("<p class=\"field-error\" id=\"file-error\">SVG images are not taken"),
                refused.body());
        assertTrue(refused.body().contains("value=\"Our logo\""), "the alt text typed is kept");

        byte[] huge = new byte[10 * 1024 * 1024 + 100];
        System.arraycopy(png(2, 2), 0, huge, 0, 60);
        HttpResponse<String> tooLarge = editor.postBytes("/admin/media", MULTIPART,
                multipart(token, "huge.png", "image/png", huge, ""));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("larger than 10 MiB"), tooLarge.body());
        assertEquals(before, count(site));
    }

    @Test
    void a_stranger_or_a_forged_form_keeps_nothing(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String token = token(editor.get("/admin/media").body());
        long before = count(site);
        byte[] body = multipart(token, "stranger.png", "image/png", png(5, 7), "");

        HttpResponse<String> stranger = new StaffClient(site).postBytes("/admin/media", MULTIPART, body);
        assertTrue(stranger.statusCode() == 303 && stranger.headers().firstValue("Location").orElse("").contains("sign-in"),
                "a stranger is sent to sign in: " + stranger.statusCode());

        HttpResponse<String> forged = editor.postBytes("/admin/media", MULTIPART,
                multipart("F".repeat(43), "forged.png", "image/png", png(5, 7), ""));
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(before, count(site));
    }

    /** How many media files the site keeps, as the admin API counts them. */
    private static long count(Site site) {
        HttpResponse<String> list = site.get("/api/admin/media?limit=1", "Authorization", StaffClient.basic(EDITOR, PASSWORD));
        assertEquals(200, list.statusCode(), list.body());
        return Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static String token(String page) {
        Matcher token = TOKEN.matcher(page);
        assertTrue(token.find(), page);
        return token.group(1);
    }

    /** The library's list item of one image. */
    private static String item(String page, String id) {
        int start = page.indexOf("<li id=\"media-" + id + "\">");
        assertTrue(start >= 0, "image " + id + " is not listed: " + page);
        return page.substring(start, page.indexOf("</li>", start));
    }

    /** A PNG no other test sends: its pixels are random. */
    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The library's upload form as a browser sends it: the token, the alt text, then the file. */
    private static byte[] multipart(String token, String fileName, String type, byte[] file, String alt) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}

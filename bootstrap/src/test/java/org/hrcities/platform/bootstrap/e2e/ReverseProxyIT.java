package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.testing.TestRequirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployment kit's nginx configuration, {@code deploy/nginx/hrc.conf}, run by Debian's nginx in front
 * of the site exactly as shipped but for ports, certificate paths and the cache folder
 * ({@code deploy/nginx/local-config}), with a self-signed certificate made here: HTTP goes to HTTPS,
 * answers carry HSTS, the comment form's post-redirect-get works, the sign-in cookie is Secure, the site
 * sees the client's address as nginx saw it (never a header the client made up), public pages come from
 * nginx's cache and a change shows within about a second, and the limits, rate limits and closed paths
 * hold. Without nginx or openssl the tests are skipped and counted.
 */
class ReverseProxyIT {

    private static final String POST = "happy-new-year-2021";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern SERVED = Pattern.compile("name=\"served\" value=\"([^\"]+)\"");

    private static String missing;
    private static Path work;
    private static Site site;
    private static KitNginx nginx;
    private static HttpClient client;
    private static int httpPort;
    private static String siteUrl;

    /**
     * Starts the site and nginx in front of it; without nginx or openssl ({@code -Dhrc.nginx=},
     * {@code -Dhrc.openssl=}) notes why, and each test is then skipped (or fails, where required) by itself.
     */
    @BeforeAll
    static void startSiteBehindNginx() throws Exception {
        missing = KitNginx.missing();
        if (missing != null) {
            return;
        }
        work = Files.createTempDirectory("hrc-proxy");
        nginx = KitNginx.prepare(work);
        httpPort = nginx.httpPort();
        siteUrl = nginx.siteUrl();
        client = nginx.client();
        site = Site.start("behind-nginx", work.resolve("site"), Map.of("HRC_TRUSTED_PROXIES", "127.0.0.1",
                "HRC_SITE_URL", siteUrl));
        nginx.start(List.of(site.uri("/").getPort()));
    }

    @BeforeEach
    void requireNginx() {
        if (missing != null) {
            throw TestRequirement.NGINX.missing(missing);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (nginx != null) {
            nginx.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void plain_http_is_sent_to_https_and_https_answers_carry_hsts() throws Exception {
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
                + "/posts/" + POST + "?x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, plain.statusCode());
        assertEquals("https://localhost/posts/" + POST + "?x=1", plain.headers().firstValue("Location").orElse(""));

        HttpResponse<String> page = get("/posts/" + POST, Map.of());
        assertEquals(200, page.statusCode());
        assertEquals("max-age=63072000; includeSubDomains", page.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertFalse(page.headers().firstValue("Server").orElse("").contains("1."), "no version in the Server header");
        assertTrue(page.body().contains(siteUrl + "/posts/" + POST + "/comments/feed.xml")
                || page.body().contains("/posts/" + POST + "/comments/feed.xml"), "the page is the site's");
    }

    /**
     * The comment form through the proxy: 303 to the post, which says the comment was received; right
     * after it, an API comment claiming another address in X-Forwarded-For is refused by the flood rule,
     * because the site counts the address nginx saw (the same client), not the claimed one. Then a
     * moderator approves the first comment, and the cached page shows it within about a second.
     */
    @Test
    void the_form_redirects_after_posting_the_site_sees_the_real_client_and_a_change_shows_at_once() throws Exception {
        String words = "Through the proxy " + UUID.randomUUID();
        HttpResponse<String> page = get("/posts/" + POST, Map.of());
        Matcher served = SERVED.matcher(page.body());
        assertTrue(served.find(), "the form carries its stamp");
        Thread.sleep(3_000);  // a person takes a while to write; a form sent at once looks like a bot
        HttpResponse<String> sent = post("/posts/" + POST + "/comments", "application/x-www-form-urlencoded",
                StaffClient.encode(Map.of("name", "Ana", "email", "ana@example.org", "comment", words,
                        "served", served.group(1))), Map.of("Sec-Fetch-Site", "same-origin"));
        assertEquals(303, sent.statusCode(), sent.body());
        String location = sent.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(siteUrl + "/posts/" + POST), location);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode());

        HttpResponse<String> claimed = post("/api/posts/" + POST + "/comments", "application/json",
                "{\"authorName\": \"Bo\", \"authorEmail\": \"bo@example.org\", \"content\": \"Another " + UUID.randomUUID() + "\"}",
                Map.of("X-Forwarded-For", "203.0.113.9"));
        assertEquals(429, claimed.statusCode(), "the site counted the client nginx saw: " + claimed.body());
        assertTrue(claimed.body().contains("comment-flood"), claimed.body());

        assertFalse(get("/posts/" + POST, Map.of()).body().contains(words), "held for moderation");
        jakarta.json.JsonObject held = Moderation.find(site, words);
        HttpResponse<String> approved = site.post("/api/admin/comments/" + held.getString("id") + "/approve", null, "",
                "Authorization", Moderation.moderator(), "If-Match", "\"v" + held.getInt("version") + "\"");
        assertEquals(200, approved.statusCode(), approved.body());
        long changed = System.nanoTime();
        long millis;
        while (true) {
            HttpResponse<String> now = get("/posts/" + POST, Map.of());
            millis = (System.nanoTime() - changed) / 1_000_000;
            if (now.body().contains(words)) {
                break;
            }
            assertTrue(millis < 10_000, "the approved comment did not show through the proxy within 10 s");
            Thread.sleep(50);
        }
        System.out.println("through nginx's cache, the approved comment showed " + millis + " ms after the approval");
        assertTrue(millis <= 2_500, "shown " + millis + " ms after the change (held a second, then revalidated)");
    }

    @Test
    void public_pages_come_from_the_cache_and_the_admin_never_does() throws Exception {
        get("/cities", Map.of());
        HttpResponse<String> again = get("/cities", Map.of());
        assertTrue(List.of("HIT", "REVALIDATED", "UPDATING", "STALE").contains(
                again.headers().firstValue("X-Cache-Status").orElse("")), again.headers().map().toString());

        HttpResponse<String> admin = get("/admin", Map.of("Authorization", Moderation.moderator()));
        assertTrue(admin.headers().firstValue("X-Cache-Status").isEmpty(), "the admin is not cached");
        HttpResponse<String> signedIn = get("/api/posts?per_page=1", Map.of("Authorization", Moderation.moderator()));
        assertEquals("BYPASS", signedIn.headers().firstValue("X-Cache-Status").orElse(""), "credentials bypass the cache");
    }

    @Test
    void the_sign_in_cookie_is_secure_behind_tls() throws Exception {
        HttpResponse<String> form = get("/admin/sign-in", Map.of());
        Matcher token = TOKEN.matcher(form.body());
        String cookies = String.join("; ", form.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", StaffClient.ADMINISTRATOR);
        fields.put("password", StaffClient.PASSWORD);
        fields.put("token", token.find() ? token.group(1) : "");
        HttpResponse<String> signedIn = post("/admin/sign-in", "application/x-www-form-urlencoded", StaffClient.encode(fields),
                cookies.isEmpty() ? Map.of() : Map.of("Cookie", cookies));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("hrc_session=")).findFirst().orElse("");
        assertTrue(session.contains("Secure"), session);
        assertTrue(session.contains("HttpOnly"), session);
    }

    @Test
    void bodies_over_the_sites_limit_sign_in_floods_health_and_metrics_stop_at_nginx() throws Exception {
        HttpResponse<String> large = post("/api/posts/" + POST + "/comments", "application/json",
                "{\"content\": \"" + "x".repeat(300 * 1024) + "\"}", Map.of());
        assertEquals(413, large.statusCode());

        List<Integer> statuses = new ArrayList<>();
        boolean limitedByNginx = false;
        for (int i = 0; i < 16; i++) {
            HttpResponse<String> attempt = post("/admin/sign-in", "application/x-www-form-urlencoded",
                    "email=nobody%40example.org&password=wrong&token=x", Map.of());
            statuses.add(attempt.statusCode());
            limitedByNginx |= attempt.statusCode() == 429 && attempt.body().contains("<center>nginx</center>");
        }
        assertTrue(limitedByNginx, "nginx's rate limit answered 429 among " + statuses);

        assertEquals(404, get("/health/ready", Map.of()).statusCode());
        assertEquals(404, get("/metrics", Map.of()).statusCode());
        assertEquals(200, site.get("/health/ready").statusCode(), "the site itself answers its probes");
    }

    @Test
    void an_image_larger_than_other_bodies_goes_through_and_nginx_keeps_it() throws Exception {
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(700, 700, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random();
        for (int x = 0; x < 700; x++) {
            for (int y = 0; y < 700; y++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(noise, "png", png);
        assertTrue(png.size() > 1024 * 1024, "over the 256 KiB of other bodies: " + png.size());
        HttpResponse<String> uploaded = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(siteUrl + "/api/admin/media?name=noise.png"))
                .header("Authorization", StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD))
                .header("Content-Type", "image/png")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String url = Site.json(uploaded).asJsonObject().getString("url");

        HttpResponse<String> first = get(url, Map.of());
        assertEquals(200, first.statusCode());
        assertEquals("public, max-age=31536000, immutable", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> second = get(url, Map.of());
        assertEquals("HIT", second.headers().firstValue("X-Cache-Status").orElseThrow(), "nginx keeps the image");

        HttpResponse<String> comment = post("/api/posts/" + POST + "/comments", "image/png", "x".repeat(300 * 1024), Map.of());
        assertEquals(413, comment.statusCode(), "other addresses keep the 256 KiB limit");
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return nginx.get(path, headers);
    }

    private static HttpResponse<String> post(String path, String type, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return nginx.post(path, type, body, headers);
    }
}

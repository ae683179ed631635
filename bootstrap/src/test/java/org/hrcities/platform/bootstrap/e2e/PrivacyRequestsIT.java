package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Commenters' data requests end to end: the site, with the demo content, mails to a real SMTP server;
 * the test follows the links in the delivered messages as a person would. A copy of Karin's data is
 * downloaded once; then Karin has her data erased and her comments read "Anonymous".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyRequestsIT {

    private static final String KARIN = "karin.lindqvist@example.org";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String[] SAME_SITE = {"Sec-Fetch-Site", "same-origin"};
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final Pattern TOKEN_FIELD = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private static MailServer mail;
    private static Site site;

    @BeforeAll
    static void start() throws IOException {
        mail = MailServer.start();
        int port = Site.freePort();
        Map<String, String> environment = new HashMap<>(mail.siteEnvironment("news@hrc.example.org"));
        environment.put("HRC_SITE_URL", "http://127.0.0.1:" + port);
        environment.put("HRC_MAIL_INTERVAL_SECONDS", "1");
        Path directory = Files.createTempDirectory("hrc-privacy-it");
        site = Site.start("privacy-site", directory, environment, port);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    private static HttpResponse<String> request(String email, String kind) {
        return site.post("/privacy/requests", FORM, "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&kind=" + kind, SAME_SITE);
    }

    private static String path(URI link) {
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    private static String token(String html) {
        Matcher token = TOKEN_FIELD.matcher(html);
        assertTrue(token.find(), html);
        return token.group(1);
    }

    @Test
    @Order(1)
    void the_request_page_answers_the_same_for_a_commenter_and_a_stranger() {
        HttpResponse<String> page = site.get("/privacy/requests");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"email\""), page.body());

        HttpResponse<String> known = request(KARIN, "export");
        HttpResponse<String> unknown = request("never-commented@example.org", "export");
        assertEquals(303, known.statusCode(), known.body());
        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(known.headers().firstValue("Location"), unknown.headers().firstValue("Location"));
        assertEquals(known.body(), unknown.body());
        mail.await(MailServer.to("never-commented@example.org", "Confirm your request"), 1, MAIL_WAIT);
    }

    @Test
    @Order(2)
    void a_copy_is_confirmed_by_the_mailed_link_and_downloaded_once() throws IOException, InterruptedException {
        MimeMessage confirmation = mail.await(MailServer.to(KARIN, "copy of your data"), 1, MAIL_WAIT).get(0);
        String confirmPath = path(MailServer.link(confirmation, "/privacy/requests/confirm"));

        HttpResponse<String> confirmPage = site.get(confirmPath);
        assertEquals(200, confirmPage.statusCode(), confirmPage.body());
        HttpResponse<String> confirmed = site.post("/privacy/requests/confirm", FORM,
                "token=" + token(confirmPage.body()), SAME_SITE);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("Your copy is ready"), confirmed.body());

        MimeMessage ready = mail.await(MailServer.to(KARIN, "A copy of your data is ready"), 1, MAIL_WAIT).get(0);
        String downloadPath = path(MailServer.link(ready, "/privacy/export"));
        HttpResponse<String> downloadPage = site.get(downloadPath);
        assertEquals(200, downloadPage.statusCode(), downloadPage.body());
        String downloadToken = token(downloadPage.body());

        HttpResponse<byte[]> zip = postForBytes("/privacy/export", "token=" + downloadToken);
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        Map<String, String> files = unzip(zip.body());
        JsonObject json = Json.createReader(new StringReader(files.get("personal-data.json"))).readObject();
        assertEquals(KARIN, json.getString("email"));
        List<JsonObject> comments = json.getJsonArray("comments").getValuesAs(JsonValue::asJsonObject);
        assertEquals(2, comments.size(), "Karin's two demo comments");
        assertTrue(comments.stream().allMatch(comment -> comment.getString("name").equals("Karin Lindqvist")));
        assertTrue(comments.stream().anyMatch(comment -> comment.getJsonObject("post").getString("title")
                .equals("Happy New Year 2021!")));
        assertTrue(files.get("personal-data.html").contains("Karin Lindqvist"));

        HttpResponse<byte[]> again = postForBytes("/privacy/export", "token=" + downloadToken);
        assertEquals(410, again.statusCode());
        assertTrue(new String(again.body(), StandardCharsets.UTF_8).contains("downloaded already"));
        assertEquals(410, site.get(downloadPath).statusCode(), "the link now says it was used");
        assertEquals(410, site.get(confirmPath).statusCode(), "so does the confirmation link");
    }

    @Test
    @Order(3)
    void an_altered_link_gets_a_clear_page() {
        HttpResponse<String> altered = site.get("/privacy/requests/confirm?token=AAAA.BBBB");
        assertEquals(400, altered.statusCode());
        assertTrue(altered.body().contains("Ask again"), altered.body());
    }

    @Test
    @Order(4)
    void an_erasure_confirmed_by_the_mailed_link_makes_the_comments_anonymous() {
        assertTrue(site.get("/posts/happy-new-year-2021").body().contains("Karin Lindqvist"));
        assertEquals(303, request(KARIN, "erasure").statusCode());
        MimeMessage confirmation = mail.await(MailServer.to(KARIN, "erase your data"), 1, MAIL_WAIT).get(0);
        HttpResponse<String> confirmPage = site.get(path(MailServer.link(confirmation, "/privacy/requests/confirm")));
        assertEquals(200, confirmPage.statusCode(), confirmPage.body());
        assertTrue(site.get("/posts/happy-new-year-2021").body().contains("Karin Lindqvist"),
                "following the link alone changes nothing");

        HttpResponse<String> erased = site.post("/privacy/requests/confirm", FORM, "token=" + token(confirmPage.body()),
                SAME_SITE);
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("Comments anonymised: 2."), erased.body());

        String post = site.get("/posts/happy-new-year-2021").body();
        assertFalse(post.contains("Karin Lindqvist"), "the name is gone");
        assertTrue(post.contains("Anonymous"), post);
        assertTrue(post.contains("Thank you, Karin!"), "the reply stays in its thread");
        MimeMessage done = mail.await(MailServer.to(KARIN, "Your data was erased"), 1, MAIL_WAIT).get(0);
        assertTrue(MailServer.text(done).contains("Comments anonymised: 2"), MailServer.text(done));
    }

    private static HttpResponse<byte[]> postForBytes(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(site.uri(path)).header("Content-Type", FORM)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

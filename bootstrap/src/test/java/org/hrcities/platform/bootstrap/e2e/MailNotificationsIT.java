package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.COMMENTS;
import static org.hrcities.platform.bootstrap.e2e.Moderation.JSON;
import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.comment;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.moderator;
import static org.hrcities.platform.bootstrap.e2e.Moderation.admin;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mail end to end: the real site on Payara Micro delivers to a real SMTP server the test starts on the
 * loopback, and the tests read the delivered messages and follow their links, as a reader would.
 */
class MailNotificationsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FROM = "Human Rights Cities Network <news@hrcities.example>";

    private static MailServer mail;
    private static Site site;
    private static Path directory;

    @BeforeAll
    static void start() throws Exception {
        mail = MailServer.start();
        directory = Files.createTempDirectory("hrc-mail");
        int port = Site.freePort();
        Map<String, String> environment = new HashMap<>(mail.siteEnvironment(FROM));
        environment.put("HRC_SITE_URL", "http://127.0.0.1:" + port);
        environment.put("HRC_TRUSTED_PROXIES", "127.0.0.1");
        environment.put("HRC_MAIL_INTERVAL_SECONDS", "1");
        environment.put("HRC_MAIL_DIGEST_MINUTES", "1");
        site = Site.start("mail", directory, environment, port);
        // readers here comment again at once: no flood interval
        HttpResponse<String> read = site.get("/api/admin/settings", "Authorization", admin());
        String changed = Json.createObjectBuilder(Site.json(read).asJsonObject()).remove("version")
                .add("floodIntervalSeconds", 0).build().toString();
        HttpResponse<String> put = site.sendJson("PUT", "/api/admin/settings", changed, "Authorization", admin(),
                "If-Match", read.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, put.statusCode(), put.body());
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

    private static HttpResponse<String> send(String name, String address, String content, String parentId,
                                             boolean notifyMe) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("authorName", name).add("authorEmail", address)
                .add("content", content).add("notifyMe", notifyMe);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        return site.post(COMMENTS, JSON, body.build().toString(), "X-Forwarded-For", address());
    }

    private static String sent(String name, String address, String content, String parentId, boolean notifyMe) {
        HttpResponse<String> response = send(name, address, content, parentId, notifyMe);
        assertEquals(202, response.statusCode(), response.body());
        return Site.json(response).asJsonObject().getString("id");
    }

    private static void approve(String id) {
        int version = comment(site, id).getInt("version");
        HttpResponse<String> approved = site.post("/api/admin/comments/" + id + "/approve", null, "", "Authorization",
                moderator(), "If-Match", "\"v" + version + "\"");
        assertEquals(200, approved.statusCode(), approved.body());
    }

    private static MimeMessage one(String to, String subjectPart) {
        return mail.await(MailServer.to(to, subjectPart), 1, WAIT).get(0);
    }

    private static long countTo(String to) {
        return mail.received().stream().filter(message -> MailServer.recipients(message).contains(to)).count();
    }

    /** A message queued after the others has arrived: every one queued before it was handled. */
    private static void barrier() {
        String someone = email("barrier");
        sent("Barrier", someone, text("barrier"), null, true);
        one(someone, "confirm");
    }

    @Test
    void a_reader_confirms_once_hears_of_publication_and_replies_and_stops_it_all_with_one_click() {
        String lea = email("lea");
        String content = text("Graz shows what a human rights city can do");
        String leaComment = sent("Léa Novak", lea, content, null, true);

        MimeMessage confirmation = one(lea, "Please confirm your address");
        assertTrue(MailServer.header(confirmation, "List-Unsubscribe").contains("/mail/unsubscribe/"),
                "even the confirmation can stop every message");
        URI confirm = MailServer.link(confirmation, "/mail/confirm/");
        assertEquals(site.uri("/").getPort(), confirm.getPort(), "links start with hrc.site.url");
        HttpResponse<String> opened = site.get(confirm.getRawPath());
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("Confirm my address"), opened.body());
        assertEquals("no-referrer", opened.headers().firstValue("Referrer-Policy").orElse(""));
        HttpResponse<String> confirmed = site.post(confirm.getRawPath(), "application/x-www-form-urlencoded", "");
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("Your address is confirmed"), confirmed.body());

        approve(leaComment);
        MimeMessage published = one(lea, "is published");
        assertTrue(MailServer.subject(published).startsWith("Your comment on “"), MailServer.subject(published));
        assertTrue(MailServer.text(published).contains("/posts/" + Moderation.POST + "#comment-" + leaComment),
                MailServer.text(published));
        String unsubscribe = MailServer.header(published, "List-Unsubscribe");
        assertTrue(unsubscribe.startsWith("<http://127.0.0.1:") && unsubscribe.contains("/mail/unsubscribe/"), unsubscribe);
        assertFalse(unsubscribe.contains("@"), "the link names no address");
        assertEquals("List-Unsubscribe=One-Click", MailServer.header(published, "List-Unsubscribe-Post"));

        String victim = email("victim");
        String bob = email("bob");
        String reply = sent("Bob Bcc: " + victim, bob, "I agree.\r\nBcc: " + victim + "\r\nTo: " + victim, leaComment, false);
        approve(reply);
        MimeMessage replied = one(lea, "New reply to your comment on");
        assertEquals(List.of(lea), MailServer.recipients(replied));
        assertNull(MailServer.header(replied, "Bcc"));
        assertTrue(MailServer.text(replied).contains("> I agree."), MailServer.text(replied));

        URI stop = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        HttpResponse<String> oneClick = site.post(stop.getRawPath(), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertTrue(oneClick.body().contains("You will get no more emails from us"), oneClick.body());

        String carol = sent("Carol", email("carol"), text("Another answer"), leaComment, false);
        approve(carol);
        String again = sent("Léa Novak", lea, text("A second thought"), null, true);
        barrier();
        assertEquals(0, countTo(victim), "nothing reached an address named in a reply");
        assertEquals(0, countTo(bob), "nothing reached a replier who did not ask");
        List<MimeMessage> toLea = mail.received().stream().filter(m -> MailServer.recipients(m).contains(lea)).toList();
        assertEquals(3, toLea.size(), "confirmation, published, reply; nothing after stopping, and no second"
                + " confirmation within a day: " + toLea.stream().map(MailServer::subject).toList());
        HttpResponse<String> reconfirm = site.get(confirm.getRawPath());
        assertTrue(reconfirm.body().contains("Confirm my address"), "asking again needs a confirmation, and the"
                + " link mailed before works again: " + reconfirm.body());
        assertFalse(again.isBlank());
    }

    @Test
    void the_form_offering_news_by_email_and_the_pages_of_its_links_pass_axe() {
        String reader = email("axe");
        sent("Axe Reader", reader, text("checked by axe"), null, true);
        URI confirm = MailServer.link(one(reader, "Please confirm your address"), "/mail/confirm/");
        try (Browser browser = Browser.start()) {
            org.openqa.selenium.WebDriver driver = browser.driver();
            for (String path : List.of("/posts/" + Moderation.POST, confirm.getRawPath())) {
                for (int width : new int[] {1280, 320}) {
                    browser.resize(width, 900);
                    driver.get(site.uri(path).toString());
                    com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                            .withTags(BrowserIT.WCAG_AA).analyze(driver);
                    assertFalse(results.isErrored(), results.getErrorMessage());
                    assertEquals(List.of(), results.getViolations().stream()
                            .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getTarget())
                                    .toList()).toList(), path + " at " + width + " px");
                }
            }
            driver.get(site.uri("/posts/" + Moderation.POST).toString());
            assertFalse(driver.findElements(org.openqa.selenium.By.id("field-notify")).isEmpty(), "the box is offered");
            System.out.println("axe-core on the comment form with news by email and the confirmation page: 0 violations");
        }
    }

    @Test
    void a_confirmation_link_is_sent_once_however_often_the_box_is_ticked() {
        String dan = email("dan");
        sent("Dan", dan, text("first"), null, true);
        sent("Dan", dan, text("second"), null, true);
        barrier();
        assertEquals(1, mail.received().stream()
                .filter(MailServer.to(dan, "Please confirm your address")).count());
    }

    @Test
    void links_that_do_not_work_get_a_clear_page_not_an_error() {
        for (String path : List.of("/mail/confirm/not-a-token", "/mail/unsubscribe/bm8.dGhpbmc",
                "/mail/confirm/" + "A".repeat(500))) {
            HttpResponse<String> opened = site.get(path);
            assertEquals(404, opened.statusCode(), path);
            assertTrue(opened.body().contains("This link does not work"), opened.body());
            HttpResponse<String> posted = site.post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
            assertEquals(404, posted.statusCode(), path);
        }
    }

    @Test
    void administrators_see_the_outbox_and_others_do_not() {
        sent("Eve", email("eve"), text("outbox"), null, true);
        barrier();
        HttpResponse<String> sentList = site.get("/api/admin/mail?state=sent", "Authorization", admin());
        assertEquals(200, sentList.statusCode(), sentList.body());
        assertTrue(sentList.body().contains("address_confirmation"), sentList.body());
        assertEquals("true", sentList.headers().firstValue("X-Mail-Enabled").orElse(""));
        assertTrue(Long.parseLong(sentList.headers().firstValue("X-Mail-Sent").orElse("0")) >= 2);
        assertEquals(403, site.get("/api/admin/mail", "Authorization", moderator()).statusCode());
        HttpResponse<String> unknown = site.post("/api/admin/mail/" + java.util.UUID.randomUUID() + "/retry", null, "",
                "Authorization", admin());
        assertEquals(404, unknown.statusCode(), unknown.body());
        StaffClient administrator = StaffClient.signedIn(site, StaffClient.ADMINISTRATOR);
        HttpResponse<String> page = administrator.get("/admin/mail?state=sent");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Please confirm your address"), page.body());
    }

    @Test
    void a_moderator_who_chose_the_digest_hears_that_comments_wait() {
        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);
        HttpResponse<String> profile = moderator.get("/admin/profile");
        assertTrue(profile.body().contains("Email me when comments wait for moderation"), profile.body());
        HttpResponse<String> chosen = moderator.postForm("/admin/profile", "/admin/mail/digest", Map.of("digest", "yes"));
        assertEquals(303, chosen.statusCode(), chosen.body());
        assertTrue(moderator.get("/admin/profile").body().contains("checked"), "the choice is shown");

        sent("Frank", email("frank"), text("waiting for a moderator"), null, false);
        MimeMessage digest = mail.await(MailServer.to(StaffClient.MODERATOR, "for moderation"), 1, Duration.ofSeconds(100))
                .get(0);
        assertTrue(MailServer.subject(digest).matches("\\d+ comments? waits? for moderation"), MailServer.subject(digest));
        assertTrue(MailServer.text(digest).contains("/admin/comments?status=pending"), MailServer.text(digest));
        assertTrue(MailServer.text(digest).contains("Frank on “"), MailServer.text(digest));
        assertTrue(MailServer.header(digest, "List-Unsubscribe").contains("/mail/unsubscribe/"));

        HttpResponse<String> off = moderator.postForm("/admin/profile", "/admin/mail/digest", Map.of());
        assertEquals(303, off.statusCode());
        assertFalse(moderator.get("/admin/profile").body().contains("checked"), "turned off again");
    }
}

package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.COMMENTS;
import static org.hrcities.platform.bootstrap.e2e.Moderation.POST;
import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.assertDecided;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.find;
import static org.hrcities.platform.bootstrap.e2e.Moderation.submit;
import static org.hrcities.platform.bootstrap.e2e.Moderation.submitRaw;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.hrcities.platform.bootstrap.e2e.Moderation.withSettings;
import static org.hrcities.platform.bootstrap.e2e.Moderation.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rule a comment meets on arrival, over HTTP on the running site, through the API and the
 * form: what the sender is told, and what moderators then see (status and the deciding rule).
 * Settings changed for a test are restored after it.
 */
@ExtendWith(DemoSite.class)
class ModerationRulesIT {

    private static final String CLOSED = "/api/posts/the-way-of-human-rights-in-nuremberg/comments";

    @Test
    void a_comment_with_more_links_than_allowed_is_held(Site site) {
        String content = text("See https://a.example, https://b.example and www.c.example");

        HttpResponse<String> response = submit(site, address(), "Lea", email("lea"), content);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("PENDING", Site.json(response).asJsonObject().getString("status"));
        assertDecided(find(site, content), "pending", "too-many-links");
    }

    @Test
    void a_moderation_word_holds_the_comment(Site site) {
        withSettings(site, settings -> settings.add("moderationWords", words("zeppelinmod")), () -> {
            String content = text("I love the Zeppelinmod museum");
            assertEquals(202, submit(site, address(), "Max", email("max"), content).statusCode());
            assertDecided(find(site, content), "pending", "moderation-word");
        });
    }

    @Test
    void a_disallowed_word_sends_the_comment_to_spam_while_the_sender_is_told_it_waits(Site site) {
        withSettings(site, settings -> settings.add("disallowedWords", words("casinoxyz")), () -> {
            String content = text("Cheap casinoxyz chips");
            HttpResponse<String> api = submit(site, address(), "Bot", email("bot"), content);
            assertEquals(202, api.statusCode());
            assertEquals("PENDING", Site.json(api).asJsonObject().getString("status"), "spam looks pending");
            assertDecided(find(site, content), "spam", "disallowed-word");

            Moderation.Visitor visitor = new Moderation.Visitor(site);
            visitor.open(POST);
            String typed = text("More casinoxyz offers");
            HttpResponse<String> form = visitor.send(POST, Map.of("name", "Bot", "email", email("bot"), "comment", typed));
            assertEquals(303, form.statusCode(), form.body());
            assertTrue(form.headers().firstValue("Location").orElseThrow().contains("comment=received"), "told it waits");
            assertEquals("spam", find(site, typed).getString("status"));
        });
    }

    @Test
    void a_first_time_commenter_is_held_and_a_known_one_approved_when_the_setting_is_on(Site site) {
        withSettings(site, settings -> settings.add("approveKnownCommenters", true).add("floodIntervalSeconds", 0), () -> {
            String mail = email("karl");
            String first = text("My first comment");
            assertEquals(202, submit(site, address(), "Karl", mail, first).statusCode());
            JsonObject held = find(site, first);
            assertDecided(held, "pending", "first-time-commenter");
            HttpResponse<String> approved = site.post("/api/admin/comments/" + held.getString("id") + "/approve", null, "",
                    "Authorization", Moderation.moderator(), "If-Match", "\"v" + held.getInt("version") + "\"");
            assertEquals(200, approved.statusCode(), approved.body());

            String second = text("My second comment");
            HttpResponse<String> known = submit(site, address(), "Karl", mail, second);
            assertEquals(202, known.statusCode(), known.body());
            assertEquals("APPROVED", Site.json(known).asJsonObject().getString("status"));
            assertDecided(find(site, second), "approved", "known-commenter");
            assertTrue(site.get(COMMENTS + "?per_page=100").body().contains(second), "published at once");

            Moderation.Visitor visitor = new Moderation.Visitor(site);
            visitor.open(POST);
            sleepPastTheMinimumFillTime();
            HttpResponse<String> form = visitor.send(POST, Map.of("name", "Karl", "email", mail,
                    "comment", text("My third comment")));
            assertEquals(303, form.statusCode(), form.body());
            String location = form.headers().firstValue("Location").orElseThrow();
            assertTrue(location.contains("comment=published"), location);
            assertTrue(visitor.browser.get("/posts/" + POST + "?comment=published").body()
                    .contains("Your comment is published"));
        });
    }

    @Test
    void with_the_setting_off_every_comment_waits_for_a_moderator(Site site) {
        String content = text("Plain and friendly");
        assertEquals(202, submit(site, address(), "Nina", email("nina"), content).statusCode());
        assertDecided(find(site, content), "pending", "manual-approval");
    }

    @Test
    void a_second_comment_from_the_same_address_within_the_flood_interval_gets_429_with_retry_after(Site site) {
        String from = address();
        assertEquals(202, submit(site, from, "Olga", email("olga"), text("First")).statusCode());

        HttpResponse<String> flood = submit(site, from, "Pia", email("pia"), text("Second"));

        assertEquals(429, flood.statusCode(), flood.body());
        assertEquals("/problems/comment-flood", Site.json(flood).asJsonObject().getString("type"));
        long retryAfter = Long.parseLong(flood.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 15, "Retry-After " + retryAfter);
    }

    @Test
    void a_second_comment_from_the_same_email_at_another_address_gets_429_too(Site site) {
        String mail = email("quinn");
        assertEquals(202, submit(site, address(), "Quinn", mail, text("First")).statusCode());

        HttpResponse<String> flood = submit(site, address(), "Quinn", mail, text("Second"));

        assertEquals(429, flood.statusCode(), flood.body());
        assertTrue(flood.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void the_same_comment_again_gets_409_even_within_the_flood_window(Site site) {
        String mail = email("rosa");
        String content = text("Said once");
        assertEquals(202, submit(site, address(), "Rosa", mail, content).statusCode());

        HttpResponse<String> again = submit(site, address(), "Rosa", mail, content);

        assertEquals(409, again.statusCode(), again.body());
        assertEquals("/problems/duplicate-comment", Site.json(again).asJsonObject().getString("type"));
    }

    @Test
    void invalid_input_is_refused_before_anything_else_and_a_closed_post_before_a_duplicate(Site site) {
        String from = address();
        String mail = email("sam");
        String content = text("Hello");
        assertEquals(202, submit(site, from, "Sam", mail, content).statusCode());

        String invalid = "{\"authorName\":\"\",\"authorEmail\":\"" + mail + "\",\"content\":\"" + content + "\"}";
        assertEquals(400, submitRaw(site, from, invalid).statusCode(), "invalid beats duplicate and flood");
        HttpResponse<String> closed = site.post(CLOSED, Moderation.JSON, "{\"authorName\":\"Sam\",\"authorEmail\":\""
                + mail + "\",\"content\":\"" + content + "\"}", "X-Forwarded-For", from);
        assertEquals(403, closed.statusCode(), "closed beats flood: " + closed.body());
        assertEquals(409, submit(site, from, "Sam", mail, content).statusCode(), "duplicate beats flood");
        assertEquals(429, submit(site, from, "Sam", mail, text("Something new")).statusCode());
    }

    @Test
    void a_filled_honeypot_goes_to_spam_and_the_sender_sees_the_usual_notice(Site site) {
        Moderation.Visitor visitor = new Moderation.Visitor(site);
        visitor.open(POST);
        sleepPastTheMinimumFillTime();
        String content = text("Buy followers");

        HttpResponse<String> form = visitor.send(POST, Map.of("name", "Bot", "email", email("bot"), "comment", content,
                "homepage", "https://spam.example"));

        assertEquals(303, form.statusCode(), form.body());
        assertTrue(form.headers().firstValue("Location").orElseThrow().contains("comment=received"));
        assertDecided(find(site, content), "spam", "honeypot");
    }

    @Test
    void a_form_sent_back_too_fast_or_with_a_forged_stamp_goes_to_spam_silently(Site site) {
        Moderation.Visitor fast = new Moderation.Visitor(site);
        fast.open(POST);
        String quick = text("Quick as a bot");
        HttpResponse<String> form = fast.send(POST, Map.of("name", "Bot", "email", email("fast"), "comment", quick));
        assertEquals(303, form.statusCode(), form.body());
        assertTrue(form.headers().firstValue("Location").orElseThrow().contains("comment=received"));
        assertDecided(find(site, quick), "spam", "too-fast");

        Moderation.Visitor forger = new Moderation.Visitor(site);
        forger.open(POST);
        String forged = text("Backdated");
        long anHourAgo = System.currentTimeMillis() - 3_600_000;
        assertEquals(303, forger.send(POST, Map.of("name", "Bot", "email", email("forger"), "comment", forged,
                "served", anHourAgo + ".forged")).statusCode());
        assertDecided(find(site, forged), "spam", "too-fast");

        Moderation.Visitor person = new Moderation.Visitor(site);
        person.open(POST);
        sleepPastTheMinimumFillTime();
        String typed = text("Typed with care");
        assertEquals(303, person.send(POST, Map.of("name", "Uma", "email", email("uma"), "comment", typed)).statusCode());
        assertDecided(find(site, typed), "pending", "manual-approval");
    }

    @Test
    void the_form_answers_a_duplicate_with_409_and_a_flood_with_429_keeping_the_text(Site site) {
        Moderation.Visitor visitor = new Moderation.Visitor(site);
        visitor.open(POST);
        sleepPastTheMinimumFillTime();
        String mail = email("vera");
        String content = text("Once is enough");
        assertEquals(303, visitor.send(POST, Map.of("name", "Vera", "email", mail, "comment", content)).statusCode());

        HttpResponse<String> duplicate = visitor.send(POST, Map.of("name", "Vera", "email", mail, "comment", content));
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.body().contains("You already sent this comment"), duplicate.body());
        assertTrue(duplicate.body().contains(content), "the text is kept");

        String other = text("Something else");
        HttpResponse<String> flood = visitor.send(POST, Map.of("name", "Vera", "email", mail, "comment", other));
        assertEquals(429, flood.statusCode());
        assertTrue(flood.body().contains("You are commenting too fast; wait "), flood.body());
        assertTrue(flood.body().contains(other));
        assertTrue(flood.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void comments_close_after_the_set_number_of_days_with_403_and_no_form(Site site) {
        assertTrue(site.get("/posts/" + POST).body().contains("id=\"comment-form\""), "open before");
        withSettings(site, settings -> settings.add("closeCommentsAfterDays", 30), () -> {
            HttpResponse<String> api = submit(site, address(), "Wim", email("wim"), text("Too late?"));
            assertEquals(403, api.statusCode(), api.body());
            assertEquals("/problems/comments-closed", Site.json(api).asJsonObject().getString("type"));
            String page = site.get("/posts/" + POST).body();
            assertFalse(page.contains("id=\"comment-form\""), "no form on a post closed by age");
            assertTrue(page.contains("Comments on this post are closed."));
        });
        assertTrue(site.get("/posts/" + POST).body().contains("id=\"comment-form\""), "open again after");
    }

    @Test
    void a_revalidated_post_page_is_not_sent_again_although_its_form_carries_a_fresh_stamp(Site site) {
        StaffClient browser = new StaffClient(site);
        HttpResponse<String> first = browser.get("/posts/" + POST);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.body().contains("name=\"served\""), "the form carries when it was served");

        HttpResponse<String> again = browser.get("/posts/" + POST, "If-None-Match", tag);

        assertEquals(304, again.statusCode());
    }

    private static void sleepPastTheMinimumFillTime() {
        try {
            Thread.sleep(2_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

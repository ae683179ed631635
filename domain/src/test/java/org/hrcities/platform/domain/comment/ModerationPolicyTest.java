package org.hrcities.platform.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules on arrival, one by one, and the order in which they apply. */
class ModerationPolicyTest {

    private static final Commenter AMIRA = new Commenter("Amira Haddad", EmailAddress.parse("Amira@Example.org"),
            new WebsiteUrl("https://amira.example.org"));

    private static DiscussionSettings settings(boolean approveKnown, List<String> moderation, List<String> disallowed) {
        return new DiscussionSettings(true, 0, approveKnown, 2, moderation, disallowed, 15, 2, 0);
    }

    private static CommentArrival arrival(String text) {
        return new CommentArrival(AMIRA, new CommentText(text), "192.0.2.7", false, Duration.ofSeconds(30), false);
    }

    @Test
    void a_filled_honeypot_is_spam_before_every_other_rule() {
        CommentArrival bot = new CommentArrival(AMIRA, new CommentText("hi"), null, true, Duration.ZERO, true);
        ModerationDecision decision = settings(true, List.of("hi"), List.of("hi")).decide(bot);
        assertEquals(new ModerationDecision(ModerationStatus.SPAM, "honeypot", "a form field hidden from people was filled in"),
                decision);
    }

    @Test
    void a_form_sent_sooner_than_the_minimum_fill_time_is_spam() {
        CommentArrival fast = new CommentArrival(AMIRA, new CommentText("hi"), null, false, Duration.ofMillis(1500), true);
        ModerationDecision decision = settings(true, List.of(), List.of()).decide(fast);
        assertEquals(ModerationStatus.SPAM, decision.status());
        assertEquals("too-fast", decision.rule());
        assertEquals("the form was sent 1500 ms after it was served, sooner than 2 s", decision.reason());
    }

    @Test
    void the_fill_time_is_not_checked_for_api_clients_or_when_disabled() {
        CommentArrival api = new CommentArrival(AMIRA, new CommentText("hi"), null, false, null, true);
        assertEquals("known-commenter", settings(true, List.of(), List.of()).decide(api).rule());
        CommentArrival instant = new CommentArrival(AMIRA, new CommentText("hi"), null, false, Duration.ZERO, true);
        DiscussionSettings noMinimum = new DiscussionSettings(true, 0, true, 2, List.of(), List.of(), 15, 0, 0);
        assertEquals("known-commenter", noMinimum.decide(instant).rule());
        CommentArrival exactlyTwo = new CommentArrival(AMIRA, new CommentText("hi"), null, false, Duration.ofSeconds(2), true);
        assertEquals("known-commenter", settings(true, List.of(), List.of()).decide(exactlyTwo).rule());
    }

    @Test
    void a_disallowed_word_is_spam_and_wins_over_a_moderation_word() {
        ModerationDecision decision = settings(true, List.of("casino"), List.of("CASINO")).decide(arrival("Best Casino deals"));
        assertEquals(new ModerationDecision(ModerationStatus.SPAM, "disallowed-word",
                "an entry of the disallowed words was found in the content"), decision);
    }

    @Test
    void a_moderation_word_holds_the_comment_and_names_the_field_without_echoing_the_address() {
        ModerationDecision decision = settings(true, List.of("amira@example"), List.of()).decide(arrival("Hello"));
        assertEquals(ModerationStatus.PENDING, decision.status());
        assertEquals("moderation-word", decision.rule());
        assertEquals("an entry of the moderation words was found in the email", decision.reason());
        assertFalse(decision.reason().contains("amira"));
    }

    @ParameterizedTest(name = "{0} matches the {1}")
    @CsvSource({"haddad, name", "example.org, email", "amira.example, website", "deals, content", "192.0.2, sender's address"})
    void words_are_looked_for_in_every_field_ignoring_case(String entry, String field) {
        ModerationDecision decision = settings(false, List.of(entry.toUpperCase()), List.of()).decide(arrival("Good deals"));
        assertEquals("moderation-word", decision.rule());
        assertEquals("an entry of the moderation words was found in the " + field, decision.reason());
    }

    @Test
    void a_missing_sender_address_matches_no_word() {
        CommentArrival noAddress = new CommentArrival(AMIRA, new CommentText("hi"), null, false, null, true);
        assertEquals("known-commenter", settings(true, List.of("192.0.2"), List.of()).decide(noAddress).rule());
    }

    @Test
    void more_links_than_allowed_hold_the_comment() {
        DiscussionSettings settings = settings(true, List.of(), List.of());
        CommentArrival three = new CommentArrival(AMIRA,
                new CommentText("See https://a.example, http://b.example and www.c.example"), null, false, null, true);
        assertEquals(new ModerationDecision(ModerationStatus.PENDING, "too-many-links", "3 links, more than 2"),
                settings.decide(three));
        CommentArrival two = new CommentArrival(AMIRA,
                new CommentText("See https://a.example and http://b.example"), null, false, null, true);
        assertEquals("known-commenter", settings.decide(two).rule());
    }

    @Test
    void known_commenters_are_approved_only_when_the_setting_is_on() {
        CommentArrival known = new CommentArrival(AMIRA, new CommentText("hi"), null, false, null, true);
        CommentArrival stranger = new CommentArrival(AMIRA, new CommentText("hi"), null, false, null, false);
        assertEquals(new ModerationDecision(ModerationStatus.APPROVED, "known-commenter",
                "the commenter has an approved comment already"), settings(true, List.of(), List.of()).decide(known));
        assertEquals(new ModerationDecision(ModerationStatus.PENDING, "first-time-commenter",
                "the commenter has no approved comment yet"), settings(true, List.of(), List.of()).decide(stranger));
        assertEquals(new ModerationDecision(ModerationStatus.PENDING, "manual-approval",
                "every comment waits for a moderator"), settings(false, List.of(), List.of()).decide(known));
    }

    @ParameterizedTest(name = "[{index}] {1} links in: {0}")
    @CsvSource(delimiter = '|', value = {
            "no link at all, just www and http words| 0",
            "https://example.org| 1",
            "http://a.example https://b.example| 2",
            "HTTPS://EXAMPLE.ORG| 1",
            "www.example.org| 1",
            "https://www.example.org/page| 1",
            "[a Markdown link](https://example.org)| 1",
            "<a href=\"https://example.org\">https://example.org</a>| 1",
            "<A class='x' HREF='https://a.example'>one</A> and <a href=\"/b\">two</a>| 2",
            "<a href=\"https://a.example\">unclosed, then https://b.example| 2",
            "<a name=\"anchor\">no href</a>| 0",
            "mail me at someone@www.example.org| 0",
            "ahttps://example.org| 0",
            "(www.example.org)| 1"})
    void counts_links_as_anchors_plus_bare_urls(String text, int links) {
        assertEquals(links, ModerationPolicy.countLinks(text));
    }
}

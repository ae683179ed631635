package org.hrcities.platform.adapter.in.web.admin.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.moderation.ModerationQueueItem;
import org.hrcities.platform.application.port.in.moderation.ModerationTarget;
import org.hrcities.platform.application.port.in.moderation.OpenReports;
import org.hrcities.platform.application.port.in.moderation.StatusFilter;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

/** The moderation queue page: its summary sentence, the rows it reads back, and what it prints. */
class CommentPagesTest {

    private static final SiteTimeZone BRUSSELS = new SiteTimeZone(ZoneId.of("Europe/Brussels"));
    private static final AdminNav NAV = new AdminNav("Eva", "moderator", "comments", "A".repeat(43), false, true, false,
            false, false, false, false, false);
    private static final LanguageRoutes ROUTES = new LanguageRoutes(SiteLanguages.parse("en,fr,de"));

    @Test
    void the_summary_says_what_was_done_and_what_was_left_as_it_was() {
        assertEquals("3 approved; 1 had changed in the meantime and was left as it was.",
                CommentPagesResource.summary(AdminTexts.english(), "approve", 3, 1, 0, 0));
        assertEquals("0 deleted permanently; 2 could not be deleted permanently from their status; 1 no longer exists.",
                CommentPagesResource.summary(AdminTexts.english(), "delete", 0, 0, 2, 1));
        assertNull(CommentPagesResource.summary(AdminTexts.english(), null, 3, 0, 0, 0));
        assertNull(CommentPagesResource.summary(AdminTexts.english(), "<b>", 3, 0, 0, 0));
    }

    @Test
    void the_summary_agrees_in_number_in_french_and_german() {
        assertEquals("3 approuvés ; 1 avait été modifié entre-temps et a été laissé tel quel.",
                CommentPagesResource.summary(AdminTexts.of(Language.parse("fr")), "approve", 3, 1, 0, 0));
        assertEquals("1 endgültig gelöscht; 2 existieren nicht mehr.",
                CommentPagesResource.summary(AdminTexts.of(Language.parse("de")), "delete", 1, 0, 0, 2));
    }

    @Test
    void reads_the_checked_rows_as_id_and_version_and_skips_anything_else() {
        CommentId id = CommentId.generate();
        List<ModerationTarget> targets = CommentPagesResource.targets(List.of(id + ":4", id + ":5", "nonsense",
                CommentId.generate() + ":x", ":3"));

        assertEquals(List.of(new ModerationTarget(id, 4)), targets);
    }

    @Test
    void the_queue_shows_email_and_address_and_prints_the_text_as_text() {
        Post post = PostFixtures.aPublishedPost();
        Comment fresh = CommentFixtures.aPendingComment(post);
        Comment comment = Comment.reconstitute(fresh.id(), fresh.postId(), null, 1, fresh.commenter(),
                new CommentText("<script>alert(1)</script> hello"), Instant.parse("2026-03-01T10:00:00Z"), "203.0.113.5",
                ModerationStatus.PENDING, 1);
        CommentRow row = CommentRow.of(new ModerationQueueItem(comment, post), BRUSSELS, org.hrcities.platform.adapter.in.web.admin.AdminTexts.english(), ROUTES);
        CommentsPage page = new CommentsPage(NAV, StatusFilter.PENDING, null, null, 1, 1, 1,
                Map.of(ModerationStatus.PENDING, 1L), 1, 0, List.of(row), null, null);

        String html = new String(Templates.render("admin/comments.jte", page), StandardCharsets.UTF_8);

        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; hello"), html);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains(comment.commenter().email().value()));
        assertTrue(html.contains("from 203.0.113.5"));
        assertTrue(html.contains("value=\"" + comment.id() + ":1\""), "the checkbox names the version seen");
        assertTrue(html.contains("Pending <span class=\"count\">(1)</span>"));
        assertFalse(html.contains("value=\"delete\""), "no deletion from the pending tab");
    }

    @Test
    void the_queue_names_the_language_of_the_translation_a_comment_is_on_and_links_to_it() {
        Post french = PostFixtures.aPublishedPost().translate(PostId.generate(), PostFixtures.FRENCH,
                new Slug("bonne-annee-2021"), new PostContent("Bonne année 2021", "Bonne année !", null), "L'équipe",
                PostFixtures.PUBLISHED_AT);
        french.publish(PostFixtures.PUBLISHED_AT);
        CommentRow row = CommentRow.of(new ModerationQueueItem(CommentFixtures.aPendingComment(french), french),
                BRUSSELS, org.hrcities.platform.adapter.in.web.admin.AdminTexts.english(), ROUTES);
        CommentsPage page = new CommentsPage(NAV, StatusFilter.PENDING, null, null, 1, 1, 1,
                Map.of(ModerationStatus.PENDING, 1L), 1, 0, List.of(row), null, null);

        String html = new String(Templates.render("admin/comments.jte", page), StandardCharsets.UTF_8);

        assertTrue(html.contains("<a href=\"/fr/posts/bonne-annee-2021\" hreflang=\"fr\">Bonne année 2021</a>"
                + " <span class=\"language\">(fr)</span>"), html);
    }

    @Test
    void the_queue_shows_when_a_comment_came_in_the_sites_time_zone() {
        Post post = PostFixtures.aPublishedPost();
        Comment comment = CommentFixtures.aPendingComment(post, Instant.parse("2026-03-01T10:00:00Z"));

        CommentRow row = CommentRow.of(new ModerationQueueItem(comment, post), BRUSSELS, org.hrcities.platform.adapter.in.web.admin.AdminTexts.english(), ROUTES);

        assertEquals("1 March 2026 at 11:00 (Central European Time)", row.submitted());
        assertEquals("2026-03-01T10:00:00Z", row.submittedIso());
    }

    @Test
    void the_reported_tab_shows_what_readers_said_and_offers_restore_and_remove() {
        Post post = PostFixtures.aPublishedPost();
        Comment fresh = CommentFixtures.aPendingComment(post);
        Comment held = Comment.reconstitute(fresh.id(), fresh.postId(), null, 1, fresh.commenter(), fresh.text(),
                Instant.parse("2026-03-01T10:00:00Z"), null, ModerationStatus.PENDING, 3);
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        OpenReports reports = OpenReports.of(List.of(
                CommentReport.of(held, ReporterKey.ofAddress("192.0.2.1"), ReportReason.ABUSE, "<b>insults</b> me", at),
                CommentReport.of(held, ReporterKey.ofAddress("192.0.2.2"), ReportReason.ABUSE, null, at),
                CommentReport.of(held, ReporterKey.ofAddress("192.0.2.3"), ReportReason.SPAM, null, at)));
        CommentRow row = CommentRow.of(new ModerationQueueItem(held, post, reports), BRUSSELS, org.hrcities.platform.adapter.in.web.admin.AdminTexts.english(), ROUTES);
        CommentsPage page = new CommentsPage(NAV, StatusFilter.REPORTED, null, null, 1, 1, 1,
                Map.of(ModerationStatus.PENDING, 1L), 1, 1, List.of(row), null, null);

        String html = new String(Templates.render("admin/comments.jte", page), StandardCharsets.UTF_8);

        assertTrue(html.contains("Reported by 3 readers: abuse 2, spam 1"), html);
        assertTrue(html.contains("&lt;b&gt;insults&lt;/b&gt; me"), "notes are printed as text");
        assertTrue(html.contains("Reported <span class=\"count\">(1)</span>"), html);
        assertTrue(html.contains("value=\"approve\">Restore"), html);
        assertTrue(html.contains("value=\"trash\">Remove"), html);
        assertFalse(html.contains("192.0.2."), "no reader's address anywhere");
        assertTrue(html.contains("value=\"" + held.id() + ":3\""));
    }
}

package org.hrcities.platform.adapter.in.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.comment.CommentRow;
import org.hrcities.platform.adapter.in.web.admin.comment.CommentsPage;
import org.hrcities.platform.adapter.in.web.admin.post.PostListPage;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.application.port.in.moderation.ModerationQueueItem;
import org.hrcities.platform.application.port.in.moderation.StatusFilter;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** A member who chose French or German reads the admin in it: labels, plurals, dates and the page's language. */
class AdminLanguagesRenderingTest {

    private static final Texts FRENCH = AdminTexts.of(Language.parse("fr"));
    private static final Texts GERMAN = AdminTexts.of(Language.parse("de"));
    private static final SiteTimeZone BRUSSELS = new SiteTimeZone(ZoneId.of("Europe/Brussels"));
    private static final AdminNav EDITOR = new AdminNav("Ada", "editor", "dashboard", "T".repeat(43), true, true, false,
            false, false, false, true, true, false);

    private static String render(String template, Object model, Texts texts) {
        return new String(Templates.render(template, model, Map.of("t", texts)), StandardCharsets.UTF_8);
    }

    @Test
    void the_dashboard_speaks_french_with_plurals_and_the_page_says_so() {
        String html = render("admin/dashboard.jte",
                new DashboardPage(EDITOR, null, new DashboardPage.PostCounts(1, 3), 2L, 1L, null), FRENCH);

        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<title>Tableau de bord – Administration – Human Rights Cities Network</title>"), html);
        assertTrue(html.contains(">Articles</a>"), html);
        assertTrue(html.contains("Vous êtes connecté en tant que éditeur."), html);
        assertTrue(html.contains("2 commentaires attendent la modération</a>"), html);
        assertTrue(html.contains("1 commentaire a été signalé par des lecteurs"), html);
        assertTrue(html.contains("1 brouillon</a>"), html);
        assertTrue(html.contains("3 articles planifiés</a>"), html);
        assertFalse(html.contains("Dashboard"), html);
    }

    @Test
    void the_dashboard_speaks_german() {
        String html = render("admin/dashboard.jte",
                new DashboardPage(EDITOR, null, new DashboardPage.PostCounts(2, 1), 1L, 0L, null), GERMAN);

        assertTrue(html.contains("<html lang=\"de\">"), html);
        assertTrue(html.contains(">Beiträge</a>"), html);
        assertTrue(html.contains("1 Kommentar wartet auf Moderation</a>"), html);
        assertTrue(html.contains("2 Entwürfe</a>"), html);
        assertTrue(html.contains("1 geplanter Beitrag</a>"), html);
        assertTrue(html.contains(">Abmelden</button>"), html);
    }

    @Test
    void the_posts_list_names_statuses_and_counts_in_german() {
        PostListPage page = new PostListPage(EDITOR, List.of(
                new PostListPage.Tab("All", "all", 3, "/admin/posts", true),
                new PostListPage.Tab("Drafts", "draft", 1, "/admin/posts?status=draft", false)),
                "", "All", List.of(new PostListPage.Row("1", "Graz", "draft", "", "",
                        BRUSSELS.human(Instant.parse("2026-03-01T10:00:00Z"), GERMAN), "2026-03-01T10:00:00Z", null)),
                3, 1, 1, null, null, null, null);

        String html = render("admin/posts.jte", page, GERMAN);

        assertTrue(html.contains(">Alle (3)</a>"), html);
        assertTrue(html.contains(">Entwürfe (1)</a>"), html);
        assertTrue(html.contains("<caption>Alle Beiträge: 3</caption>"), html);
        assertTrue(html.contains("<span class=\"status status-draft\">Entwurf</span>"), html);
        assertTrue(html.contains("1. März 2026 um 11:00 (Mitteleuropäische Zeit)"), html);
    }

    @Test
    void the_moderation_queue_speaks_french_with_its_date_actions_and_report_count() {
        Post post = PostFixtures.aPublishedPost();
        Comment comment = CommentFixtures.aPendingComment(post, Instant.parse("2026-03-01T10:00:00Z"));
        CommentRow row = CommentRow.of(new ModerationQueueItem(comment, post), BRUSSELS, FRENCH, new org.hrcities.platform.adapter.in.web.route.LanguageRoutes(org.hrcities.platform.domain.shared.SiteLanguages.parse("en,fr,de")));
        CommentsPage page = new CommentsPage(EDITOR, StatusFilter.PENDING, null, null, 1, 1, 1,
                Map.of(ModerationStatus.PENDING, 1L), 1, 0, List.of(row), null, null);

        String html = render("admin/comments.jte", page, FRENCH);

        assertEquals("1 mars 2026 à 11:00 (heure d’Europe centrale)", row.submitted());
        assertTrue(html.contains("<time datetime=\"2026-03-01T10:00:00Z\">1 mars 2026 à 11:00"), html);
        assertTrue(html.contains("En attente <span class=\"count\">(1)</span>"), html);
        assertTrue(html.contains("value=\"approve\">Approuver</button>"), html);
        assertTrue(html.contains("value=\"trash\">Mettre à la corbeille</button>"), html);
        assertTrue(html.contains("<caption>Commentaires en attente : 1</caption>"), html);
        assertTrue(html.contains("<td>en attente</td>"), html);
    }

    @Test
    void a_language_the_admin_does_not_speak_falls_back_to_english() {
        assertEquals("en", AdminTexts.of(Language.parse("es")).language().code());
        assertEquals(List.of("en", "fr", "de"), AdminTexts.LANGUAGES.stream().map(Language::code).toList());
    }
}

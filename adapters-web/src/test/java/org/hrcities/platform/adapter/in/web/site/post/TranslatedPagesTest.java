package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.error.ErrorPages;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.form.FormStamps;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.render.EventTimes;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.Test;

/** Visitors' pages in French and German: the templates' words, plurals, dates, links and Java's messages. */
class TranslatedPagesTest {

    private static final LanguageRoutes ROUTES = new LanguageRoutes(SiteLanguages.parse("en,fr,de"));
    private static final String HOST = "news.example.org";

    private static Frame frame(String code) {
        return new Frame(ROUTES, Language.parse(code), List.of(), Map.of(), "https://news.example.org");
    }

    private static String postPage(String language, int comments) {
        PostPage page = new PostPage("happy-new-year-2021", "Happy New Year 2021 !", "Our wishes for 2021.", "The Team",
                Instant.parse("2021-01-04T09:00:00Z"), Markdown.toHtml("Hello."), List.of(new CityLink("graz", "Graz")),
                List.of(), List.of(), comments, true, null, CommentForm.empty(null, null));
        return new String(Templates.render("post.jte", Map.of("page", page, "frame", frame(language),
                "canonical", "https://news.example.org/" + language + page.href())), StandardCharsets.UTF_8);
    }

    @Test
    void a_french_post_page_speaks_french_and_keeps_to_french_pages() {
        String html = postPage("fr", 2);

        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<h2 id=\"form-title\">Laisser un commentaire</h2>"), html);
        assertTrue(html.contains("<label for=\"field-comment\">Commentaire <span class=\"req\">(obligatoire)</span></label>"), html);
        assertTrue(html.contains("<label for=\"field-website\">Site web <span class=\"opt\">(facultatif)</span></label>"), html);
        assertTrue(html.contains("<button type=\"submit\">Publier le commentaire</button>"), html);
        assertTrue(html.contains(">4 janvier 2021</time>"), html);
        assertTrue(html.contains("<h2 id=\"comments-title\">2 commentaires</h2>"), html);
        assertTrue(html.contains("action=\"/fr/posts/happy-new-year-2021/comments#comment-form\""), html);
        assertTrue(html.contains("<a href=\"/fr/cities/graz\">Graz</a>"), html);
        assertTrue(html.contains("<a href=\"/fr/privacy\">politique de confidentialité</a>"), html);
        assertFalse(html.contains("Leave a comment") || html.contains("(required)") || html.contains("January"), html);
        assertFalse(html.contains("href=\"/posts/") || html.contains("href=\"/privacy"), "no link leads to an English page");
    }

    @Test
    void counts_take_each_language_s_plural_forms() {
        assertTrue(postPage("fr", 0).contains(">0 commentaire</h2>"), "French counts 0 as singular");
        assertTrue(postPage("fr", 1).contains(">1 commentaire</h2>"));
        assertTrue(postPage("fr", 2).contains(">2 commentaires</h2>"));
        assertTrue(postPage("de", 1).contains(">1 Kommentar</h2>"));
        assertTrue(postPage("de", 2).contains(">2 Kommentare</h2>"));
        assertTrue(postPage("de", 0).contains(">0 Kommentare</h2>"));
        assertTrue(postPage("en", 1).contains(">1 comment</h2>"));
        assertTrue(postPage("en", 0).contains(">0 comments</h2>"));
    }

    @Test
    void a_german_post_page_speaks_german() {
        String html = postPage("de", 1);

        assertTrue(html.contains("<h2 id=\"form-title\">Kommentar schreiben</h2>"), html);
        assertTrue(html.contains("<label for=\"field-name\">Name <span class=\"req\">(Pflichtfeld)</span></label>"), html);
        assertTrue(html.contains("<button type=\"submit\">Kommentar absenden</button>"), html);
        assertTrue(html.contains(">4. Januar 2021</time>"), html);
        assertTrue(html.contains("action=\"/de/posts/happy-new-year-2021/comments#comment-form\""), html);
    }

    @Test
    void a_refused_comment_on_a_french_page_is_told_why_in_french_and_an_accepted_one_stays_french() {
        ReadPublishedPostUseCase readPost = mock(ReadPublishedPostUseCase.class);
        SubmitCommentUseCase submitComment = mock(SubmitCommentUseCase.class);
        Post post = PostFixtures.aPublishedPost("happy-new-year-2021", PostFixtures.PUBLISHED_AT);
        lenient().when(readPost.readPublishedPost(any()))
                .thenReturn(new PostDetails(post, List.of(), List.of(), List.of()));
        PostPagesResource resource = new PostPagesResource(mock(ListPublishedPostsUseCase.class), readPost,
                mock(SearchPublishedPostsUseCase.class), submitComment, new ClientAddresses(Set.of("127.0.0.1")),
                FormStamps.withRandomKey(), new VisitorTemplates(language -> List.of(), ROUTES), noMail());
        HttpServletRequest request = mock(HttpServletRequest.class);
        lenient().when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        lenient().when(request.getHeaders(any())).thenAnswer(call -> Collections.emptyEnumeration());
        UriInfo french = mock(UriInfo.class);
        lenient().when(french.getBaseUri()).thenReturn(URI.create("https://" + HOST + "/fr/"));
        lenient().when(french.getPath()).thenReturn("posts/happy-new-year-2021/comments");

        Response refused = resource.comment(post.slug().value(), form("", "lea@example.org", "Bonjour"), "same-origin",
                "https://" + HOST, HOST, request, french);

        assertEquals(400, refused.getStatus());
        String html = new String((byte[]) refused.getEntity(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h3>Votre commentaire n’a pas été envoyé</h3>"), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"name-error\">Veuillez indiquer votre nom.</p>"), html);
        assertTrue(html.contains("<title>Erreur : "), html);

        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));
        Response accepted = resource.comment(post.slug().value(), form("Léa", "lea@example.org", "Bonjour"), "same-origin",
                "https://" + HOST, HOST, request, french);
        assertEquals(303, accepted.getStatus());
        assertEquals("https://" + HOST + "/fr/posts/happy-new-year-2021?comment=received#comment-notice",
                accepted.getLocation().toString());
    }

    @Test
    void a_field_error_without_a_known_reason_keeps_the_domain_s_words() {
        Texts french = Texts.of(Texts.SITE, Language.parse("fr"));
        assertEquals("Le champ « Site web » doit commencer par http:// ou https://.",
                org.hrcities.platform.adapter.in.web.form.FieldTexts.message("website",
                        "website must start with http:// or https://", french));
        assertEquals("Name must be at most 245 characters long (it is 300).",
                org.hrcities.platform.adapter.in.web.form.FieldTexts.message("name",
                        "name must be at most 245 characters long (it is 300)", Texts.of(Texts.SITE, Language.parse("en"))));
        assertEquals("Gizmo went wrong.", org.hrcities.platform.adapter.in.web.form.FieldTexts.message("gizmo",
                "gizmo went wrong", french));
    }

    @Test
    void an_event_time_is_written_in_the_page_s_language() {
        EventTiming timing = EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"),
                ZoneId.of("Europe/Brussels"));

        assertEquals("Mittwoch, 20. Januar 2021, 14:00–16:00 (Zeit: Europe/Brussels)",
                EventTimes.human(timing, Texts.of(Texts.SITE, Language.parse("de"))));
        assertEquals("mercredi 20 janvier 2021, 14:00–16:00 (heure de Europe/Brussels)",
                EventTimes.human(timing, Texts.of(Texts.SITE, Language.parse("fr"))));
        assertEquals(EventTimes.human(timing), EventTimes.human(timing, Texts.of(Texts.SITE, Language.parse("en"))),
                "English reads as before");
        assertEquals(EventTimes.brief(timing), EventTimes.brief(timing, Texts.of(Texts.SITE, Language.parse("en"))));
        EventTiming days = EventTiming.allDay(LocalDate.parse("2021-10-01"), LocalDate.parse("2021-10-02"),
                ZoneId.of("Europe/Lisbon"));
        assertEquals(EventTimes.human(days), EventTimes.human(days, Texts.of(Texts.SITE, Language.parse("en"))));
        assertEquals("Fr., 1. Okt. 2021 – Sa., 2. Okt. 2021, ganztägig (Zeit: Europe/Lisbon)",
                EventTimes.brief(days, Texts.of(Texts.SITE, Language.parse("de"))));
    }

    @Test
    void a_page_not_found_under_fr_is_a_french_error_page() {
        UriInfo french = mock(UriInfo.class);
        when(french.getBaseUri()).thenReturn(URI.create("https://" + HOST + "/fr/"));
        when(french.getPath()).thenReturn("posts/no-such-post");

        Response page = ErrorPages.forRequest(french, Problems.builder("/fr/posts/no-such-post", 404, "not-found",
                "Not found", "no post has this slug", null).build(), ROUTES);

        assertEquals(404, page.getStatus());
        String html = new String((byte[]) page.getEntity(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<h1>Page introuvable</h1>"), html);
        assertTrue(html.contains("<a href=\"/fr/\">Voir les dernières actualités</a>"), html);
        assertTrue(html.contains("<a href=\"/fr/search\">rechercher dans les articles</a>"), html);
    }

    @Test
    void a_page_not_found_at_the_root_stays_english() {
        UriInfo english = mock(UriInfo.class);
        when(english.getBaseUri()).thenReturn(URI.create("https://" + HOST + "/"));
        when(english.getPath()).thenReturn("posts/no-such-post");

        String html = new String((byte[]) ErrorPages.forRequest(english, Problems.builder("/posts/no-such-post", 404,
                "not-found", "Not found", "no post has this slug", null).build(), ROUTES).getEntity(), StandardCharsets.UTF_8);

        assertTrue(html.contains("<h1>Page not found</h1>"), html);
        assertTrue(html.contains("<a href=\"/\">Go to the latest news</a> or <a href=\"/search\">search the posts</a>."), html);
    }

    private static MultivaluedMap<String, String> form(String name, String email, String comment) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("name", name);
        form.add("email", email);
        form.add("comment", comment);
        return form;
    }

    private static ReadMailOptionsUseCase noMail() {
        return new ReadMailOptionsUseCase() {
            @Override
            public boolean sendsMail() {
                return false;
            }

            @Override
            public long moderationDigestMinutes() {
                return 60;
            }
        };
    }
}

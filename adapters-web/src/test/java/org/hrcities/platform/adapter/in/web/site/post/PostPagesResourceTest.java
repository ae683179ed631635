package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.form.FormStamps;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The comment form's journey: accepted, refused with the text kept, or stopped when another site sent it. */
@ExtendWith(MockitoExtension.class)
class PostPagesResourceTest {

    private static final String SAME_ORIGIN = "same-origin";
    private static final String HOST = "127.0.0.1:8080";

    @Mock
    private ListPublishedPostsUseCase listPosts;
    @Mock
    private ReadPublishedPostUseCase readPost;
    @Mock
    private SearchPublishedPostsUseCase searchPosts;
    @Mock
    private SubmitCommentUseCase submitComment;

    private final Post post = PostFixtures.aPublishedPost("happy-new-year-2021", PostFixtures.PUBLISHED_AT);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private PostPagesResource resource;
    private final FormStamps stamps = FormStamps.withRandomKey();
    private boolean sendsMail;
    private final ReadMailOptionsUseCase mailOptions = new ReadMailOptionsUseCase() {
        @Override
        public boolean sendsMail() {
            return sendsMail;
        }

        @Override
        public long moderationDigestMinutes() {
            return 60;
        }
    };

    @BeforeEach
    void setUp() {
        resource = new PostPagesResource(listPosts, readPost, searchPosts, submitComment,
                new ClientAddresses(Set.of("127.0.0.1")), stamps, new VisitorTemplates(language -> List.of()), mailOptions);
        lenient().when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        lenient().when(request.getHeaders("X-Forwarded-For")).thenAnswer(call -> Collections.enumeration(List.of("203.0.113.9")));
        lenient().when(readPost.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug())))
                .thenReturn(new PostDetails(post, List.of(), List.of(), List.of()));
    }

    private Response send(MultivaluedMap<String, String> form) {
        return resource.comment(post.slug().value(), form, SAME_ORIGIN, "http://" + HOST, HOST, request, site("http://" + HOST + "/"));
    }

    @Test
    void an_accepted_comment_sends_the_visitor_back_to_the_post_with_a_notice() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));
        org.mockito.Mockito.lenient().when(request.getHeader("User-Agent")).thenReturn("Mozilla/5.0 (X11) Firefox/140.0");

        Response response = send(form("Lea", "lea@example.org", "Hello"));

        assertEquals(303, response.getStatus());
        assertEquals("http://" + HOST + "/posts/happy-new-year-2021?comment=received#comment-notice", response.getLocation().toString());
        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment).submitComment(command.capture());
        assertEquals(false, command.getValue().honeypotFilled());
        assertEquals("203.0.113.9", command.getValue().senderAddress(), "the client's address, through the trusted proxy");
        assertEquals("Mozilla/5.0 (X11) Firefox/140.0", command.getValue().userAgent(), "kept for moderators");
        assertNull(response.getHeaderString("Set-Cookie"));
    }

    @Test
    void the_form_offers_news_by_email_only_where_the_site_sends_mail_and_passes_the_choice_on() {
        String without = new String(((org.hrcities.platform.adapter.in.web.cache.Representation) resource.post(
                post.slug().value(), null, null, site("https://news.example.org/")).getEntity()).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(false, without.contains("name=\"notify\""), "no mail, no offer");
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));
        MultivaluedMap<String, String> ticked = form("Lea", "lea@example.org", "Hello");
        ticked.putSingle("notify", "yes");
        send(ticked);

        sendsMail = true;
        String with = new String(((org.hrcities.platform.adapter.in.web.cache.Representation) resource.post(
                post.slug().value(), null, null, site("https://news.example.org/")).getEntity()).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, with.contains("name=\"notify\" type=\"checkbox\""), with);
        assertEquals(false, with.contains("checked"), "unticked unless the visitor ticks it");
        send(ticked);
        send(form("Lea", "lea@example.org", "Hello again"));

        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment, times(3)).submitComment(command.capture());
        assertEquals(List.of(false, true, false), command.getAllValues().stream().map(SubmitCommentCommand::notifyMe).toList());
    }

    @Test
    void a_refused_comment_comes_back_with_its_box_still_ticked() {
        sendsMail = true;
        MultivaluedMap<String, String> ticked = form("Lea", "not an address", "Hello");
        ticked.putSingle("notify", "yes");
        Response response = send(ticked);
        assertEquals(400, response.getStatus());
        String page = response.getEntity() instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(response.getEntity());
        assertEquals(true, page.contains("type=\"checkbox\" value=\"yes\" checked"), page);
    }

    @Test
    void a_comment_published_on_arrival_gets_the_published_notice() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.APPROVED));

        Response response = send(form("Lea", "lea@example.org", "Hello"));

        assertEquals("http://" + HOST + "/posts/happy-new-year-2021?comment=published#comment-notice", response.getLocation().toString());
    }

    @Test
    void the_fill_time_is_measured_from_the_forms_stamp_and_a_forged_stamp_counts_as_instant() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));
        MultivaluedMap<String, String> stamped = form("Lea", "lea@example.org", "Hello");
        stamped.add(FormStamps.FIELD, stamps.stamp(Instant.now().minusSeconds(30)));
        MultivaluedMap<String, String> forged = form("Lea", "lea@example.org", "Hello");
        forged.add(FormStamps.FIELD, Instant.now().minusSeconds(30).toEpochMilli() + ".forged");

        send(stamped);
        send(forged);

        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment, times(2)).submitComment(command.capture());
        assertTrue(command.getAllValues().get(0).fillTime().toSeconds() >= 30, command.getAllValues().get(0).fillTime().toString());
        assertEquals(Duration.ZERO, command.getAllValues().get(1).fillTime());
    }

    @Test
    void a_comment_sent_under_fr_goes_to_the_french_post_and_comes_back_to_it() {
        PostPagesResource french = new PostPagesResource(listPosts, readPost, searchPosts, submitComment,
                new ClientAddresses(Set.of("127.0.0.1")), stamps, new VisitorTemplates(language -> List.of(),
                new LanguageRoutes(SiteLanguages.parse("en,fr,de"))), mailOptions);
        Post translation = post.translate(PostId.generate(), PostFixtures.FRENCH, new Slug("bonne-annee-2021"),
                new PostContent("Bonne année 2021", "Bonne année à tout le réseau.", null), "L'équipe",
                PostFixtures.PUBLISHED_AT);
        translation.publish(PostFixtures.PUBLISHED_AT);
        when(readPost.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.FRENCH, translation.slug())))
                .thenReturn(new PostDetails(translation, List.of(), List.of(), List.of()));
        when(submitComment.submitComment(any()))
                .thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING))
                .thenThrow(new DuplicateCommentException());

        Response accepted = french.comment("bonne-annee-2021", form("Léa", "lea@example.org", "Merci !"), SAME_ORIGIN,
                "https://host", "host", request, site("https://host/fr/"));
        Response refused = french.comment("bonne-annee-2021", form("Léa", "lea@example.org", "Merci !"), SAME_ORIGIN,
                "https://host", "host", request, site("https://host/fr/"));

        assertEquals(303, accepted.getStatus());
        assertEquals("https://host/fr/posts/bonne-annee-2021?comment=received#comment-notice",
                accepted.getLocation().toString());
        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment, org.mockito.Mockito.times(2)).submitComment(command.capture());
        assertEquals(PostFixtures.FRENCH, command.getValue().language());
        assertEquals(translation.slug(), command.getValue().postSlug());
        assertEquals(409, refused.getStatus());
        String page = body(refused);
        assertTrue(page.contains("Bonne année 2021"), "the refused comment comes back on the French post: " + page);
        assertTrue(page.contains(">Merci !</textarea>"), page);
    }

    @Test
    void a_duplicate_comes_back_with_409_and_the_text() {
        when(submitComment.submitComment(any())).thenThrow(new DuplicateCommentException());

        Response response = send(form("Lea", "lea@example.org", "Said it twice"));

        assertEquals(409, response.getStatus());
        String page = body(response);
        assertTrue(page.contains("You already sent this comment"), page);
        assertTrue(page.contains(">Said it twice</textarea>"));
    }

    @Test
    void a_flood_comes_back_with_429_retry_after_and_the_text() {
        when(submitComment.submitComment(any())).thenThrow(new CommentFloodException(Duration.ofSeconds(9)));

        Response response = send(form("Lea", "lea@example.org", "Quick again"));

        assertEquals(429, response.getStatus());
        assertEquals("9", response.getHeaderString("Retry-After"));
        String page = body(response);
        assertTrue(page.contains("You are commenting too fast; wait 9 seconds"), page);
        assertTrue(page.contains(">Quick again</textarea>"));
        assertTrue(page.contains("name=\"served\""), "the form keeps a serving stamp");
    }

    @Test
    void the_post_page_is_the_same_for_every_reader_and_its_form_carries_the_time_it_was_rendered() {
        long before = Instant.now().toEpochMilli();

        Response response = resource.post(post.slug().value(), null, null, site("https://news.example.org/"));

        long after = Instant.now().toEpochMilli();
        assertNull(response.getHeaderString("Set-Cookie"), "no cookie for readers");
        String page = new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
        assertFalse(page.contains("name=\"token\""), "no token in the form");
        assertFalse(page.contains(PostPagesResource.STAMP_PLACEHOLDER));
        Matcher stamp = Pattern.compile("name=\"served\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(stamp.find(), "the form carries its stamp");
        assertTrue(stamps.isGenuine(stamp.group(1)), stamp.group(1));
        long rendered = Long.parseLong(stamp.group(1).substring(0, stamp.group(1).indexOf('.')));
        assertTrue(before <= rendered && rendered <= after, "stamped while the page was rendered: " + stamp.group(1));
    }

    @Test
    void the_post_page_names_its_own_address_as_canonical_whatever_the_query_says() {
        Response response = resource.post(post.slug().value(), PostPage.RECEIVED, "no-such-comment",
                site("https://news.example.org/"));

        String page = new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://news.example.org/posts/" + post.slug().value()
                + "\">"), page);
    }

    private static UriInfo site(String base) {
        UriInfo request = mock(UriInfo.class);
        lenient().when(request.getBaseUri()).thenReturn(URI.create(base));
        return request;
    }

    @Test
    void a_refused_comment_comes_back_with_the_text_and_a_message_per_field() {
        Response response = send(form("", "nope", "My precious words"));

        assertEquals(400, response.getStatus());
        String page = body(response);
        assertTrue(page.contains(">My precious words</textarea>"), "the text is kept");
        assertTrue(page.contains("Name is required."), page);
        assertTrue(page.contains("Email must be an address such as name@example.org."), page);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"http://" + HOST + "/posts/" + post.slug().value() + "\">"),
                page);
        verify(submitComment, never()).submitComment(any());
    }

    @Test
    void a_form_a_browser_says_another_site_sent_is_stopped_but_keeps_the_text() {
        Response response = resource.comment(post.slug().value(), form("Lea", "lea@example.org", "Sent from elsewhere"),
                "cross-site", "https://evil.example", HOST, request, site("http://" + HOST + "/"));

        assertEquals(403, response.getStatus());
        String page = body(response);
        assertTrue(page.contains(">Sent from elsewhere</textarea>"), page);
        assertTrue(page.contains("sent from another site"), page);
        verify(submitComment, never()).submitComment(any());
    }

    @Test
    void a_form_whose_origin_names_another_site_is_stopped_when_the_browser_sends_no_fetch_metadata() {
        Response response = resource.comment(post.slug().value(), form("Lea", "lea@example.org", "Hi"), null,
                "https://evil.example", HOST, request, site("http://" + HOST + "/"));

        assertEquals(403, response.getStatus());
        verify(submitComment, never()).submitComment(any());
    }

    @Test
    void a_form_sent_without_any_browser_headers_is_taken_as_a_script_would_be() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));

        Response response = resource.comment(post.slug().value(), form("Lea", "lea@example.org", "Hello"), null, null, HOST,
                request, site("http://" + HOST + "/"));

        assertEquals(303, response.getStatus());
    }

    @Test
    void a_filled_honeypot_marks_the_command_and_the_visitor_sees_the_usual_answer() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.SPAM));
        MultivaluedMap<String, String> filled = form("Bot", "bot@example.org", "Buy now");
        filled.add("homepage", "https://spam.example");

        Response response = send(filled);

        assertEquals(303, response.getStatus());
        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment).submitComment(command.capture());
        assertTrue(command.getValue().honeypotFilled());
    }

    @Test
    void a_comment_on_closed_comments_comes_back_with_its_text() {
        Post closed = PostFixtures.aPublishedPostWithCommentsClosed();
        when(readPost.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, closed.slug())))
                .thenReturn(new PostDetails(closed, List.of(), List.of(), List.of()));
        when(submitComment.submitComment(any())).thenAnswer(call -> CommentFixtures.aPendingComment(closed));

        Response response = resource.comment(closed.slug().value(), form("Lea", "lea@example.org", "Too late"), SAME_ORIGIN,
                null, HOST, request, site("http://" + HOST + "/"));

        assertEquals(403, response.getStatus());
        String page = body(response);
        assertTrue(page.contains("Comments on this post are closed"), page);
        assertTrue(page.contains(">Too late</textarea>"));
    }

    @Test
    void only_the_answer_telling_that_the_comment_awaits_moderation_narrows_what_the_form_changed() {
        when(submitComment.submitComment(any()))
                .thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING))
                .thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.APPROVED));
        PostPagesResource.HeldForModeration held = new PostPagesResource.HeldForModeration();

        assertTrue(held.test(answer(send(form("Lea", "lea@example.org", "Held")))));
        assertFalse(held.test(answer(send(form("Lea", "lea@example.org", "Published at once")))));
        assertFalse(held.test(answer(send(form("", "nope", "Refused")))));
    }

    private static ContainerResponseContext answer(Response response) {
        ContainerResponseContext answer = mock(ContainerResponseContext.class);
        lenient().when(answer.getStatus()).thenReturn(response.getStatus());
        lenient().when(answer.getLocation()).thenReturn(response.getLocation());
        return answer;
    }

    private static MultivaluedMap<String, String> form(String name, String email, String comment) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("name", name);
        form.add("email", email);
        form.add("comment", comment);
        return form;
    }

    private static String body(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }
}

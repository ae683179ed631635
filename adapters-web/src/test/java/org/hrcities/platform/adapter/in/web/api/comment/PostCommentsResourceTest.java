package org.hrcities.platform.adapter.in.web.api.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsQuery;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsUseCase;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PostCommentsResourceTest {

    private static final Slug SLUG = new Slug("happy-new-year-2021");
    private static final SiteLanguages LANGUAGES = SiteLanguages.parse("en,fr,de");
    private static final Language EN = new Language("en");

    @Mock
    private ListApprovedCommentsUseCase listComments;
    @Mock
    private SubmitCommentUseCase submitComment;
    @Mock(strictness = Mock.Strictness.LENIENT)
    private HttpServletRequest http;

    @BeforeEach
    void peer() {
        when(http.getRemoteAddr()).thenReturn("192.0.2.4");
        when(http.getHeaders("X-Forwarded-For")).thenAnswer(call -> java.util.Collections.emptyEnumeration());
    }

    @Test
    void turns_a_request_into_a_command_of_domain_values() {
        SubmitCommentCommand command = PostCommentsResource.toCommand(EN, SLUG, new SubmitCommentRequest(
                "  Lea Novak ", "lea@Example.ORG", "lea.example.org", "Hello\r\nthere", null, null));

        assertEquals("Lea Novak", command.commenter().name());
        assertEquals("lea@example.org", command.commenter().email().value());
        assertEquals("https://lea.example.org", command.commenter().website().value());
        assertEquals("Hello\nthere", command.text().value());
        assertNull(command.parentId());
        assertEquals(false, command.notifyMe());
    }

    @Test
    void passes_on_a_request_for_news_by_email() {
        assertEquals(true, PostCommentsResource.toCommand(EN, SLUG, new SubmitCommentRequest("Ann", "ann@example.org", null,
                "Hi", null, true)).notifyMe());
        assertEquals(false, PostCommentsResource.toCommand(EN, SLUG, new SubmitCommentRequest("Ann", "ann@example.org", null,
                "Hi", null, false)).notifyMe());
    }

    @Test
    void the_command_carries_the_senders_address_and_no_fill_time() {
        SubmitCommentCommand command = PostCommentsResource.toCommand(EN, SLUG,
                new SubmitCommentRequest("Ann", "ann@example.org", null, "Hi", null, null), "203.0.113.7");

        assertEquals("203.0.113.7", command.senderAddress());
        assertNull(command.fillTime(), "API clients have no form to time");
    }

    @Test
    void a_blank_website_and_parent_mean_none() {
        SubmitCommentCommand command = PostCommentsResource.toCommand(EN, SLUG,
                new SubmitCommentRequest("Ann", "ann@example.org", "  ", "Hi", "", null));
        assertNull(command.commenter().website());
        assertNull(command.parentId());
    }

    @Test
    void reports_every_refused_field_by_its_request_name() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> PostCommentsResource.toCommand(EN, SLUG,
                new SubmitCommentRequest("Line\nbreak", "nope", "javascript:alert(1)", "\u0000", "42", null)));

        assertEquals(List.of("authorName", "authorEmail", "authorUrl", "content", "parentId"),
                e.errors().stream().map(FieldErrorResponse::field).toList());
        assertEquals("authorEmail must be an address such as name@example.org", e.errors().get(1).message());
    }

    @Test
    void answers_202_with_the_id_and_status_of_the_stored_comment() {
        CommentId id = CommentId.generate();
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(id, ModerationStatus.PENDING));

        Response response = new PostCommentsResource(listComments, submitComment, new ClientAddresses(Set.of()), LANGUAGES).submit(SLUG.value(), null,
                new SubmitCommentRequest("Ann", "ann@example.org", null, "Hello", null, null), http);

        assertEquals(202, response.getStatus());
        assertEquals(new SubmittedCommentResponse(id.toString(), "PENDING"), response.getEntity());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment).submitComment(command.capture());
        assertEquals(SLUG, command.getValue().postSlug());
        assertEquals(EN, command.getValue().language(), "without lang, the site's default language");
        assertEquals("192.0.2.4", command.getValue().senderAddress());
    }

    @Test
    void the_command_keeps_the_user_agent_on_one_line_cut_to_its_maximum() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));
        when(http.getHeader("User-Agent")).thenReturn("Mozilla/5.0\r\nX-Injected: yes " + "x".repeat(600));

        new PostCommentsResource(listComments, submitComment, new ClientAddresses(Set.of()), LANGUAGES).submit(SLUG.value(), null,
                new SubmitCommentRequest("Ann", "ann@example.org", null, "Hello", null, null), http);

        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment).submitComment(command.capture());
        String agent = command.getValue().userAgent();
        assertEquals(org.hrcities.platform.domain.comment.Comment.MAX_USER_AGENT_LENGTH, agent.length());
        assertTrue(agent.startsWith("Mozilla/5.0  X-Injected: yes"), agent);
    }

    @Test
    void only_an_answer_telling_that_the_comment_awaits_moderation_narrows_what_the_submission_changed() {
        when(submitComment.submitComment(any()))
                .thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING))
                .thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.SPAM))
                .thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.APPROVED));
        PostCommentsResource resource = new PostCommentsResource(listComments, submitComment, new ClientAddresses(Set.of()), LANGUAGES);
        PostCommentsResource.HeldForModeration held = new PostCommentsResource.HeldForModeration();
        SubmitCommentRequest comment = new SubmitCommentRequest("Ann", "ann@example.org", null, "Hello", null, null);

        assertTrue(held.test(answer(resource.submit(SLUG.value(), null, comment, http))), "held");
        assertTrue(held.test(answer(resource.submit(SLUG.value(), null, comment, http))), "spam, which the sender is told is held");
        assertFalse(held.test(answer(resource.submit(SLUG.value(), null, comment, http))), "published at once");
        assertFalse(held.test(answer(Response.status(400).build())), "refused");
    }

    private static ContainerResponseContext answer(Response response) {
        ContainerResponseContext answer = mock(ContainerResponseContext.class);
        lenient().when(answer.getStatus()).thenReturn(response.getStatus());
        lenient().when(answer.getEntity()).thenReturn(response.getEntity());
        return answer;
    }

    @Test
    void a_path_that_is_no_slug_is_not_found_and_reaches_no_use_case() {
        PostCommentsResource resource = new PostCommentsResource(listComments, submitComment, new ClientAddresses(Set.of()), LANGUAGES);
        assertThrows(NotFoundException.class, () -> resource.submit("Not A Slug", null,
                new SubmitCommentRequest("Ann", "ann@example.org", null, "Hello", null, null), http));
        verify(submitComment, never()).submitComment(any());
    }

    @Test
    void lang_names_the_post_among_the_posts_in_that_language() {
        when(submitComment.submitComment(any())).thenReturn(new SubmittedComment(CommentId.generate(), ModerationStatus.PENDING));
        when(listComments.listApprovedComments(any())).thenReturn(new Page<>(List.of(), PageRequest.first(50), 0));
        PostCommentsResource resource = new PostCommentsResource(listComments, submitComment, new ClientAddresses(Set.of()), LANGUAGES);
        Slug french = new Slug("bonne-annee-2021");

        resource.submit(french.value(), "fr", new SubmitCommentRequest("Ann", "ann@example.org", null, "Salut", null, null), http);
        resource.list(french.value(), "FR", null, null, uri());

        ArgumentCaptor<SubmitCommentCommand> command = ArgumentCaptor.forClass(SubmitCommentCommand.class);
        verify(submitComment).submitComment(command.capture());
        assertEquals(new Language("fr"), command.getValue().language());
        assertEquals(french, command.getValue().postSlug());
        verify(listComments).listApprovedComments(new ListApprovedCommentsQuery(new Language("fr"), french, PageRequest.first(50)));
    }

    @Test
    void a_language_the_site_is_not_written_in_is_refused_on_lang() {
        PostCommentsResource resource = new PostCommentsResource(listComments, submitComment, new ClientAddresses(Set.of()), LANGUAGES);
        SubmitCommentRequest comment = new SubmitCommentRequest("Ann", "ann@example.org", null, "Hola", null, null);

        for (String lang : List.of("es", "french", "e$")) {
            InvalidValueException submitting = assertThrows(InvalidValueException.class,
                    () -> resource.submit(SLUG.value(), lang, comment, http));
            assertEquals("lang", submitting.field());
            InvalidValueException listing = assertThrows(InvalidValueException.class,
                    () -> resource.list(SLUG.value(), lang, null, null, uri()));
            assertEquals("lang", listing.field());
        }
        assertEquals("the site is not written in \"es\"; its languages are en, fr, de", assertThrows(
                InvalidValueException.class, () -> resource.list(SLUG.value(), "es", null, null, uri())).getMessage());
        verify(submitComment, never()).submitComment(any());
        verify(listComments, never()).listApprovedComments(any());
    }

    private static jakarta.ws.rs.core.UriInfo uri() {
        jakarta.ws.rs.core.UriInfo uri = mock(jakarta.ws.rs.core.UriInfo.class);
        lenient().when(uri.getRequestUriBuilder()).thenAnswer(call -> jakarta.ws.rs.core.UriBuilder.fromUri("https://host/api/posts/x/comments"));
        lenient().when(uri.getQueryParameters()).thenReturn(new jakarta.ws.rs.core.MultivaluedHashMap<>());
        return uri;
    }
}

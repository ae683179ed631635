package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
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
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.comment.ReportCommentUseCase;
import org.hrcities.platform.application.port.in.comment.ReportFloodException;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The report form's journey: shown for public comments only, taken, refused with what was typed kept. */
@ExtendWith(MockitoExtension.class)
class CommentReportPagesResourceTest {

    private static final String HOST = "127.0.0.1:8080";

    @Mock
    private ReadPublishedPostUseCase readPost;
    @Mock
    private ReportCommentUseCase reportComment;

    private final Post post = PostFixtures.aPublishedPost("happy-new-year-2021", PostFixtures.PUBLISHED_AT);
    private final Comment comment = CommentFixtures.anApprovedComment(post, Instant.parse("2021-01-05T10:00:00Z"));
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private CommentReportPagesResource resource;

    @BeforeEach
    void setUp() {
        resource = new CommentReportPagesResource(readPost, reportComment, new ClientAddresses(Set.of("127.0.0.1")),
                new VisitorTemplates(language -> List.of()));
        lenient().when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        lenient().when(request.getHeaders("X-Forwarded-For")).thenAnswer(call -> Collections.enumeration(List.of("203.0.113.9")));
        lenient().when(readPost.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug())))
                .thenReturn(new PostDetails(post, List.of(), List.of(), List.of(comment)));
    }

    private Response send(String reason, String note) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (reason != null) {
            form.add("reason", reason);
        }
        form.add("note", note);
        return resource.report(post.slug().value(), comment.id().toString(), form, "same-origin", "http://" + HOST, HOST,
                request, site());
    }

    private static String body(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    @Test
    void the_form_names_the_comment_and_offers_every_reason_in_a_fieldset() {
        Response response = resource.form(post.slug().value(), comment.id().toString(), site());

        assertEquals(200, response.getStatus());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        String page = body(response);
        assertTrue(page.contains(comment.commenter().name()), page);
        assertTrue(page.contains("<legend>Why should moderators look at it?"), page);
        for (ReportReason reason : ReportReason.values()) {
            assertTrue(page.contains("value=\"" + reason.code() + "\""), reason.code());
        }
        assertTrue(page.contains("action=\"/posts/happy-new-year-2021/comments/" + comment.id() + "/report\""), page);
        assertTrue(page.contains("maxlength=\"500\""));
        assertFalse(page.contains("<script"), "no script");
    }

    @Test
    void a_comment_the_post_does_not_show_has_no_report_form() {
        assertThrows(NotFoundException.class, () -> resource.form(post.slug().value(), CommentId.generate().toString(), site()));
        assertThrows(NotFoundException.class, () -> resource.form(post.slug().value(), "not-an-id", site()));
    }

    @Test
    void a_report_is_taken_from_the_readers_address_and_thanked_on_a_page_of_its_own() {
        Response response = send("off-topic", " about football ");

        assertEquals(303, response.getStatus());
        assertEquals("https://news.example.org/posts/happy-new-year-2021/comments/" + comment.id() + "/report/received",
                response.getLocation().toString());
        ArgumentCaptor<ReportCommentCommand> command = ArgumentCaptor.forClass(ReportCommentCommand.class);
        verify(reportComment).reportComment(command.capture());
        assertEquals(ReportReason.OFF_TOPIC, command.getValue().reason());
        assertEquals("about football", command.getValue().note());
        assertEquals("203.0.113.9", command.getValue().reporterAddress(), "the client's address, through the trusted proxy");
        assertEquals(comment.id(), command.getValue().commentId());

        String thanks = body(resource.received(post.slug().value(), comment.id().toString(), site()));
        assertTrue(thanks.contains("Thank you for your report"), thanks);
        assertFalse(thanks.contains(comment.commenter().name()), "the thanks says nothing about the comment");
    }

    @Test
    void a_report_without_a_reason_or_with_an_unknown_one_comes_back_with_the_note_kept() {
        Response none = send(null, "kept note");
        assertEquals(400, none.getStatus());
        String page = body(none);
        assertTrue(page.contains("Choose why the moderators should look at the comment."), page);
        assertTrue(page.contains("value=\"kept note\""), page);
        assertTrue(page.contains("<title>Error: "), page);

        Response unknown = send("rude", "");
        assertEquals(400, unknown.getStatus());
        assertTrue(body(unknown).contains("Reason must be one of spam, abuse, off-topic, personal-data"), body(unknown));

        Response twoLines = send("spam", "a\u0007b");
        assertEquals(400, twoLines.getStatus());
        verify(reportComment, never()).reportComment(any());
    }

    @Test
    void a_reader_reporting_too_fast_gets_429_with_retry_after_and_the_choice_kept() {
        doThrow(new ReportFloodException(Duration.ofSeconds(12))).when(reportComment).reportComment(any());

        Response response = send("abuse", "again");

        assertEquals(429, response.getStatus());
        assertEquals("12", response.getHeaderString("Retry-After"));
        String page = body(response);
        assertTrue(page.contains("You are sending reports too fast; wait 12 seconds"), page);
        assertTrue(page.contains("value=\"abuse\" required checked"), page);
    }

    @Test
    void a_form_a_browser_says_another_site_sent_is_stopped() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("reason", "spam");
        Response response = resource.report(post.slug().value(), comment.id().toString(), form, "cross-site",
                "https://elsewhere.example", HOST, request, site());

        assertEquals(403, response.getStatus());
        verify(reportComment, never()).reportComment(any());
    }

    @Test
    void a_comment_hidden_meanwhile_is_not_found() {
        doThrow(new CommentNotFoundException(comment.id())).when(reportComment).reportComment(any());
        assertThrows(NotFoundException.class, () -> send("spam", ""));
    }

    private static UriInfo site() {
        UriInfo request = mock(UriInfo.class);
        lenient().when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        return request;
    }
}

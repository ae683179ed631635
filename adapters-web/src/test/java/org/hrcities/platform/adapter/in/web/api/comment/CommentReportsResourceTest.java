package org.hrcities.platform.adapter.in.web.api.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.comment.ReportCommentUseCase;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CommentReportsResourceTest {

    private static final String SLUG = "happy-new-year-2021";

    @Mock
    private ReportCommentUseCase reportComment;
    @Mock(strictness = Mock.Strictness.LENIENT)
    private HttpServletRequest http;
    private CommentReportsResource resource;

    @BeforeEach
    void setUp() {
        resource = new CommentReportsResource(reportComment, new ClientAddresses(Set.of()), SiteLanguages.parse("en,fr,de"));
        when(http.getRemoteAddr()).thenReturn("192.0.2.4");
        when(http.getHeaders("X-Forwarded-For")).thenAnswer(call -> Collections.emptyEnumeration());
    }

    @Test
    void takes_a_report_with_the_readers_address_and_answers_202_received() {
        CommentId id = CommentId.generate();

        Response response = resource.report(SLUG, id.toString(), null, new ReportCommentRequest("Personal_Data", "my number"), http);

        assertEquals(202, response.getStatus());
        assertEquals(ReportReceivedResponse.RECEIVED, response.getEntity());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        ArgumentCaptor<ReportCommentCommand> command = ArgumentCaptor.forClass(ReportCommentCommand.class);
        verify(reportComment).reportComment(command.capture());
        assertEquals(ReportReason.PERSONAL_DATA, command.getValue().reason());
        assertEquals("my number", command.getValue().note());
        assertEquals("192.0.2.4", command.getValue().reporterAddress());
        assertEquals(id, command.getValue().commentId());
        assertEquals(new Language("en"), command.getValue().language(), "without lang, the site's default language");
    }

    @Test
    void an_unknown_reason_or_a_note_on_two_lines_is_a_field_error() {
        InvalidRequestException reason = assertThrows(InvalidRequestException.class, () -> resource.report(SLUG,
                CommentId.generate().toString(), null, new ReportCommentRequest("rude", null), http));
        assertEquals("reason", reason.errors().get(0).field());
        InvalidRequestException note = assertThrows(InvalidRequestException.class, () -> resource.report(SLUG,
                CommentId.generate().toString(), null, new ReportCommentRequest("spam", "one\ntwo"), http));
        assertEquals("note", note.errors().get(0).field());
        verify(reportComment, never()).reportComment(any());
    }

    @Test
    void a_comment_id_that_is_no_uuid_is_not_found() {
        assertThrows(NotFoundException.class, () -> resource.report(SLUG, "42", null, new ReportCommentRequest("spam", null), http));
    }

    @Test
    void lang_names_the_post_among_the_posts_in_that_language_and_must_be_the_sites() {
        resource.report("bonne-annee-2021", CommentId.generate().toString(), "fr", new ReportCommentRequest("spam", null), http);
        ArgumentCaptor<ReportCommentCommand> command = ArgumentCaptor.forClass(ReportCommentCommand.class);
        verify(reportComment).reportComment(command.capture());
        assertEquals(new Language("fr"), command.getValue().language());

        org.hrcities.platform.domain.shared.InvalidValueException refused = assertThrows(org.hrcities.platform.domain.shared.InvalidValueException.class, () -> resource.report(SLUG,
                CommentId.generate().toString(), "it", new ReportCommentRequest("spam", null), http));
        assertEquals("lang", refused.field());
    }
}

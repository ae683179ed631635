package org.hrcities.platform.application.service.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.comment.ReportFloodException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ReportCommentServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String ADDRESS = "198.51.100.9";

    @Mock
    private PostRepository posts;
    @Mock
    private CommentRepository comments;
    @Mock
    private CommentReportRepository reports;
    @Mock
    private DiscussionSettingsRepository settings;
    @Mock
    private ModerationLogRepository log;
    @Mock
    private FloodControlPort flood;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private final Post post = PostFixtures.aPublishedPost();
    private Comment comment;
    private ReportCommentService service;

    @BeforeEach
    void setUp() {
        service = new ReportCommentService(posts, comments, reports, settings, log, flood, transactions, () -> NOW);
        Comment fresh = CommentFixtures.anApprovedComment(post, NOW.minusSeconds(3600));
        comment = Comment.reconstitute(fresh.id(), fresh.postId(), null, 1, fresh.commenter(), fresh.text(),
                fresh.submittedAt(), null, ModerationStatus.APPROVED, 1);
        lenient().when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        lenient().when(comments.findById(comment.id())).thenReturn(Optional.of(comment));
        lenient().when(settings.load()).thenReturn(DiscussionSettings.defaults());
        lenient().when(flood.admit(any(), any(), any())).thenReturn(FloodControlPort.Granted.UNRECORDED);
    }

    private ReportCommentCommand report(ReportReason reason, String note) {
        return new ReportCommentCommand(post.language(), post.slug(), comment.id(), reason, note, ADDRESS);
    }

    @Test
    void stores_the_report_with_the_readers_key_and_never_their_address() {
        service.reportComment(report(ReportReason.PERSONAL_DATA, "my phone number"));

        ArgumentCaptor<CommentReport> stored = ArgumentCaptor.forClass(CommentReport.class);
        verify(reports).add(stored.capture());
        assertEquals(ReporterKey.ofAddress(ADDRESS), stored.getValue().reporter());
        assertEquals(ReportReason.PERSONAL_DATA, stored.getValue().reason());
        assertEquals("my phone number", stored.getValue().note());
        assertEquals(NOW, stored.getValue().reportedAt());
        verify(flood).admit(List.of("report:" + ReporterKey.ofAddress(ADDRESS).value()), NOW, Duration.ofSeconds(15));
        verify(comments, never()).save(any());
        assertEquals(1, transactions.started());
    }

    @Test
    void a_second_report_from_the_same_reader_is_answered_alike_and_counts_once() {
        when(reports.hasReported(comment.id(), ReporterKey.ofAddress(ADDRESS))).thenReturn(true);

        service.reportComment(report(ReportReason.SPAM, null));

        verify(reports, never()).add(any());
        verify(flood, never()).admit(any(), any(), any());
    }

    @Test
    void holds_the_comment_once_as_many_readers_as_the_threshold_reported_it() {
        when(reports.countOpenReporters(comment.id())).thenReturn(3L);

        service.reportComment(report(ReportReason.ABUSE, null));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(ModerationStatus.PENDING, saved.getValue().status());
        ArgumentCaptor<ModerationRecord> logged = ArgumentCaptor.forClass(ModerationRecord.class);
        verify(log).append(logged.capture());
        assertEquals(ModerationAction.HOLD, logged.getValue().action());
        assertEquals(Actor.rule("reports"), logged.getValue().actor());
        assertEquals("reported by 3 readers", logged.getValue().reason());
    }

    @Test
    void a_threshold_of_zero_never_hides_a_comment() {
        when(settings.load()).thenReturn(new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2, 0, 1));
        when(reports.countOpenReporters(comment.id())).thenReturn(50L);

        service.reportComment(report(ReportReason.ABUSE, null));

        verify(comments, never()).save(any());
        verify(log, never()).append(any());
    }

    @Test
    void refuses_a_reader_who_reported_moments_ago_and_stores_nothing() {
        when(flood.admit(any(), any(), any())).thenReturn(new FloodControlPort.Refused(Duration.ofMillis(4200)));

        ReportFloodException refused = assertThrows(ReportFloodException.class,
                () -> service.reportComment(report(ReportReason.SPAM, null)));

        assertEquals(Duration.ofSeconds(5), refused.retryAfter());
        verify(reports, never()).add(any());
    }

    @Test
    void only_public_comments_of_published_posts_can_be_reported() {
        Comment held = Comment.reconstitute(comment.id(), comment.postId(), null, 1, comment.commenter(), comment.text(),
                comment.submittedAt(), null, ModerationStatus.PENDING, 2);
        when(comments.findById(comment.id())).thenReturn(Optional.of(held));
        assertThrows(CommentNotFoundException.class, () -> service.reportComment(report(ReportReason.SPAM, null)));

        CommentId elsewhere = CommentId.generate();
        assertThrows(CommentNotFoundException.class, () -> service.reportComment(
                new ReportCommentCommand(post.language(), post.slug(), elsewhere, ReportReason.SPAM, null, ADDRESS)));

        Post draft = PostFixtures.aDraftPost();
        when(posts.findBySlug(PostFixtures.ENGLISH, draft.slug())).thenReturn(Optional.of(draft));
        assertThrows(PostNotFoundException.class, () -> service.reportComment(
                new ReportCommentCommand(draft.language(), draft.slug(), comment.id(), ReportReason.SPAM, null, ADDRESS)));
        verify(reports, never()).add(any());
    }

    @Test
    void a_comment_is_reported_under_the_slug_of_its_own_translation() {
        Post french = post.translate(PostId.generate(), PostFixtures.FRENCH, post.slug(),
                new PostContent("Bonne année", "Le réseau vous souhaite une bonne année.", null), "L'équipe", NOW);
        french.publish(NOW);
        when(posts.findBySlug(PostFixtures.FRENCH, post.slug())).thenReturn(Optional.of(french));
        assertThrows(CommentNotFoundException.class, () -> service.reportComment(new ReportCommentCommand(
                PostFixtures.FRENCH, post.slug(), comment.id(), ReportReason.SPAM, null, ADDRESS)),
                "the English post's comment is no comment of its French translation, whatever their slugs");

        Comment onFrench = CommentFixtures.anApprovedComment(french, NOW.minusSeconds(60));
        when(comments.findById(onFrench.id())).thenReturn(Optional.of(onFrench));
        service.reportComment(new ReportCommentCommand(PostFixtures.FRENCH, post.slug(), onFrench.id(),
                ReportReason.SPAM, null, ADDRESS));
        verify(reports).add(any());
    }

    @Test
    void takes_the_flood_admission_back_when_the_report_is_not_stored() {
        Runnable[] takenBack = {null};
        int[] released = {0};
        when(flood.admit(any(), any(), any())).thenReturn(new FloodControlPort.Granted(() -> released[0]++));
        IllegalStateException failure = new IllegalStateException("write failed");
        org.mockito.Mockito.doThrow(failure).when(reports).add(any());

        assertThrows(IllegalStateException.class, () -> service.reportComment(report(ReportReason.SPAM, null)));

        assertEquals(1, released[0]);
        verify(reports, times(1)).add(any());
    }

    @Test
    void commands_require_a_reason_and_take_a_single_line_note() {
        InvalidValueException missing = assertThrows(InvalidValueException.class,
                () -> new ReportCommentCommand(post.language(), post.slug(), comment.id(), null, null, ADDRESS));
        assertEquals("reason", missing.field());
        assertEquals("note", assertThrows(InvalidValueException.class, () -> new ReportCommentCommand(post.language(), post.slug(),
                comment.id(), ReportReason.SPAM, "a\nb", ADDRESS)).field());
        assertEquals(null, new ReportCommentCommand(post.language(), post.slug(), comment.id(), ReportReason.SPAM, "  ", ADDRESS).note());
    }
}

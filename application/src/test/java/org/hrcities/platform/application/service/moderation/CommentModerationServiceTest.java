package org.hrcities.platform.application.service.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.moderation.BulkModerationResult;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsCommand;
import org.hrcities.platform.application.port.in.moderation.ModerationOutcome;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
import org.hrcities.platform.application.port.in.moderation.ModerationTarget;
import org.hrcities.platform.application.port.in.moderation.OpenReports;
import org.hrcities.platform.application.port.in.moderation.StatusFilter;
import org.hrcities.platform.application.port.in.moderation.TransparencyReportQuery;
import org.hrcities.platform.application.port.out.CommentFilter;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CommentModerationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Actor EVA = Actor.person("account-7", "Eva Moderator");

    @Mock
    private PostRepository posts;
    @Mock
    private CommentRepository comments;
    @Mock
    private ModerationLogRepository log;
    @Mock
    private CommentReportRepository reports;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private CommentModerationService service;
    private final Post post = PostFixtures.aPublishedPost();

    @BeforeEach
    void setUp() {
        service = new CommentModerationService(posts, comments, log, reports, transactions, () -> NOW);
    }

    /** A stored comment in the status, at version 2. */
    private Comment stored(ModerationStatus status) {
        Comment fresh = Comment.submit(post, CommentId.generate(), org.hrcities.platform.domain.comment.CommentFixtures.aCommenter(),
                new org.hrcities.platform.domain.comment.CommentText("Hello"), null, "192.0.2.1", NOW.minusSeconds(60));
        Comment comment = Comment.reconstitute(fresh.id(), fresh.postId(), null, 1, fresh.commenter(), fresh.text(),
                fresh.submittedAt(), "192.0.2.1", status, 2);
        when(comments.findById(comment.id())).thenReturn(Optional.of(comment));
        return comment;
    }

    private static ModerationTarget at(Comment comment, long version) {
        return new ModerationTarget(comment.id(), version);
    }

    @Test
    void approves_a_pending_comment_logs_who_did_it_and_answers_the_stored_comment() {
        Comment comment = stored(ModerationStatus.PENDING);

        service.moderateComment(new ModerateCommentCommand(at(comment, 2), ModerationAction.APPROVE, EVA, "on topic"));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(ModerationStatus.APPROVED, saved.getValue().status());
        ArgumentCaptor<ModerationRecord> logged = ArgumentCaptor.forClass(ModerationRecord.class);
        verify(log).append(logged.capture());
        assertEquals(EVA, logged.getValue().actor());
        assertEquals(ModerationStatus.PENDING, logged.getValue().fromStatus());
        assertEquals(ModerationStatus.APPROVED, logged.getValue().toStatus());
        assertEquals("on topic", logged.getValue().reason());
        assertEquals(NOW, logged.getValue().at());
        verify(comments, times(2)).findById(comment.id());
        assertEquals(1, transactions.started());
    }

    @Test
    void refuses_to_act_on_a_version_the_moderator_did_not_see() {
        Comment comment = stored(ModerationStatus.PENDING);
        assertThrows(ConcurrentUpdateException.class, () -> service.moderateComment(
                new ModerateCommentCommand(at(comment, 1), ModerationAction.SPAM, EVA, null)));
        verify(comments, never()).save(any());
        verify(log, never()).append(any());
    }

    @Test
    void deletes_a_trashed_comment_for_good_and_logs_the_deletion() {
        Comment comment = stored(ModerationStatus.TRASH);
        assertEquals(Optional.empty(), service.moderateComment(
                new ModerateCommentCommand(at(comment, 2), ModerationAction.DELETE, EVA, "old spam")));
        verify(comments).delete(comment);
        ArgumentCaptor<ModerationRecord> logged = ArgumentCaptor.forClass(ModerationRecord.class);
        verify(log).append(logged.capture());
        assertEquals(ModerationAction.DELETE, logged.getValue().action());
        assertEquals(ModerationStatus.TRASH, logged.getValue().fromStatus());
    }

    @Test
    void handles_each_comment_of_a_bulk_action_on_its_own() {
        Comment pending = stored(ModerationStatus.PENDING);
        Comment stale = stored(ModerationStatus.PENDING);
        Comment approvedAlready = stored(ModerationStatus.APPROVED);
        CommentId gone = CommentId.generate();
        when(comments.findById(gone)).thenReturn(Optional.empty());
        Comment racedAway = stored(ModerationStatus.SPAM);
        org.mockito.Mockito.doAnswer(call -> {
            if (call.<Comment>getArgument(0).id().equals(racedAway.id())) {
                throw new ConcurrentUpdateException("comment", racedAway.id());
            }
            return null;
        }).when(comments).save(any());

        BulkModerationResult result = service.moderateComments(new ModerateCommentsCommand(List.of(
                at(pending, 2), at(stale, 1), at(approvedAlready, 2), new ModerationTarget(gone, 1), at(racedAway, 2)),
                ModerationAction.APPROVE, EVA, null));

        assertEquals(List.of(ModerationOutcome.Result.OK, ModerationOutcome.Result.CONFLICT,
                        ModerationOutcome.Result.NOT_ALLOWED, ModerationOutcome.Result.NOT_FOUND, ModerationOutcome.Result.CONFLICT),
                result.outcomes().stream().map(ModerationOutcome::result).toList());
        assertEquals(List.of(pending.id(), stale.id(), approvedAlready.id(), gone, racedAway.id()),
                result.outcomes().stream().map(ModerationOutcome::commentId).toList());
        assertTrue(result.outcomes().get(2).message().contains("approved"));
        assertEquals(1, result.done());
        assertEquals(5, transactions.started(), "one transaction per comment");
        verify(log, times(1)).append(any());
    }

    @Test
    void reports_a_comment_with_replies_as_not_deletable() {
        Comment spam = stored(ModerationStatus.SPAM);
        doThrow(new CommentHasRepliesException(spam.id())).when(comments).delete(any());
        BulkModerationResult result = service.moderateComments(new ModerateCommentsCommand(List.of(at(spam, 2)),
                ModerationAction.DELETE, EVA, null));
        assertEquals(ModerationOutcome.Result.NOT_ALLOWED, result.outcomes().get(0).result());
        verify(log, never()).append(any());
    }

    @Test
    void a_single_action_on_an_unknown_comment_is_not_found() {
        CommentId unknown = CommentId.generate();
        when(comments.findById(unknown)).thenReturn(Optional.empty());
        assertThrows(CommentNotFoundException.class, () -> service.moderateComment(new ModerateCommentCommand(
                new ModerationTarget(unknown, 1), ModerationAction.TRASH, EVA, null)));
    }

    @Test
    void commands_refuse_arrivals_rules_as_actors_and_bulk_lists_naming_a_comment_twice() {
        CommentId id = CommentId.generate();
        assertThrows(InvalidValueException.class, () -> new ModerateCommentCommand(new ModerationTarget(id, 1),
                ModerationAction.RECEIVED, EVA, null));
        assertThrows(InvalidValueException.class, () -> new ModerateCommentCommand(new ModerationTarget(id, 1),
                ModerationAction.APPROVE, Actor.rule("honeypot"), null));
        assertThrows(InvalidValueException.class, () -> new ModerateCommentsCommand(List.of(
                new ModerationTarget(id, 1), new ModerationTarget(id, 2)), ModerationAction.APPROVE, EVA, null));
        assertThrows(InvalidValueException.class, () -> new ModerateCommentsCommand(List.of(), ModerationAction.APPROVE, EVA, null));
    }

    @Test
    void approving_dismisses_the_open_reports_and_removing_upholds_them_while_holding_leaves_them_open() {
        Comment pending = stored(ModerationStatus.PENDING);
        service.moderateComment(new ModerateCommentCommand(at(pending, 2), ModerationAction.APPROVE, EVA, null));
        verify(reports).closeOpen(pending.id(), ReportOutcome.DISMISSED, NOW);

        Comment approved = stored(ModerationStatus.APPROVED);
        service.moderateComment(new ModerateCommentCommand(at(approved, 2), ModerationAction.TRASH, EVA, null));
        verify(reports).closeOpen(approved.id(), ReportOutcome.UPHELD, NOW);

        Comment spam = stored(ModerationStatus.SPAM);
        service.moderateComment(new ModerateCommentCommand(at(spam, 2), ModerationAction.DELETE, EVA, null));
        verify(reports).closeOpen(spam.id(), ReportOutcome.UPHELD, NOW);

        Comment shown = stored(ModerationStatus.APPROVED);
        service.moderateComment(new ModerateCommentCommand(at(shown, 2), ModerationAction.HOLD, EVA, null));
        verify(reports, never()).closeOpen(org.mockito.ArgumentMatchers.eq(shown.id()), any(), any());
    }

    @Test
    void the_reported_tab_lists_the_comments_with_open_reports_and_what_readers_said() {
        Comment held = stored(ModerationStatus.PENDING);
        PageRequest page = PageRequest.first(20);
        when(reports.findCommentsWithOpenReports(page)).thenReturn(new Page<>(List.of(held.id()), page, 1));
        when(reports.countCommentsWithOpenReports()).thenReturn(1L);
        CommentReport spam = CommentReport.of(held, ReporterKey.ofAddress("192.0.2.7"), ReportReason.SPAM, null, NOW);
        CommentReport abuse = CommentReport.of(held, ReporterKey.ofAddress("192.0.2.8"), ReportReason.ABUSE, "rude",
                NOW.plusSeconds(1));
        when(reports.findOpenByComments(List.of(held.id()))).thenReturn(Map.of(held.id(), List.of(spam, abuse)));
        when(posts.findById(post.id())).thenReturn(Optional.of(post));

        ModerationQueue queue = service.listCommentsForModeration(
                new ListCommentsForModerationQuery(StatusFilter.REPORTED, null, null, page));

        verify(comments, never()).findForModeration(any(), any());
        assertEquals(List.of(held), queue.page().items().stream().map(item -> item.comment()).toList());
        OpenReports open = queue.page().items().get(0).reports();
        assertEquals(2, open.readers());
        assertEquals(1L, open.byReason().get(ReportReason.SPAM));
        assertEquals(1L, open.byReason().get(ReportReason.ABUSE));
        assertEquals(0L, open.byReason().get(ReportReason.OFF_TOPIC));
        assertEquals(List.of("rude"), open.notes());
        assertEquals(NOW.plusSeconds(1), open.latestOrNull());
        assertEquals(1, queue.reportedCount());
    }

    @Test
    void the_transparency_report_counts_readers_reports_every_month_too() {
        MonthlyReportCounts march = new MonthlyReportCounts(YearMonth.of(2024, 3), 4, 1, 2, 1);
        when(reports.monthlyCounts(YearMonth.of(2024, 2), YearMonth.of(2024, 3))).thenReturn(List.of(march));

        assertEquals(List.of(MonthlyReportCounts.none(YearMonth.of(2024, 2)), march), service.readTransparencyReport(
                new TransparencyReportQuery(YearMonth.of(2024, 2), YearMonth.of(2024, 3))).reports());
    }

    @Test
    void lists_the_queue_with_post_titles_and_counts_per_status() {
        Comment comment = Comment.submit(post, CommentId.generate(), org.hrcities.platform.domain.comment.CommentFixtures.aCommenter(),
                new org.hrcities.platform.domain.comment.CommentText("Hello"), null, NOW);
        PageRequest page = PageRequest.first(20);
        when(comments.findForModeration(new CommentFilter(ModerationStatus.SPAM, null, "hello"), page))
                .thenReturn(new Page<>(List.of(comment), page, 1));
        when(comments.countByStatus()).thenReturn(Map.of(ModerationStatus.PENDING, 3L, ModerationStatus.SPAM, 1L));
        when(posts.findById(post.id())).thenReturn(Optional.of(post));

        ModerationQueue queue = service.listCommentsForModeration(
                new ListCommentsForModerationQuery(StatusFilter.SPAM, null, " Hello ", page));

        assertEquals(1, queue.page().totalItems());
        assertEquals(comment, queue.page().items().get(0).comment());
        assertEquals(post.title(), queue.page().items().get(0).postTitle());
        assertEquals(post.slug(), queue.page().items().get(0).postSlug());
        assertEquals(0L, queue.countsByStatus().get(ModerationStatus.TRASH));
        assertEquals(4, queue.totalCount());
        assertEquals(StatusFilter.PENDING, new ListCommentsForModerationQuery(null, null, null, page).status());
    }

    @Test
    void lists_every_month_of_the_transparency_report_with_zeros_where_nothing_happened() {
        MonthlyModerationCounts march = new MonthlyModerationCounts(YearMonth.of(2024, 3), 5, 2, 3, 1);
        when(log.monthlyCounts(YearMonth.of(2024, 2), YearMonth.of(2024, 4))).thenReturn(List.of(march));

        assertEquals(List.of(MonthlyModerationCounts.none(YearMonth.of(2024, 2)), march,
                        MonthlyModerationCounts.none(YearMonth.of(2024, 4))),
                service.readTransparencyReport(new TransparencyReportQuery(YearMonth.of(2024, 2), YearMonth.of(2024, 4))).months());
        assertThrows(InvalidValueException.class, () -> new TransparencyReportQuery(YearMonth.of(2024, 2), YearMonth.of(2024, 1)));
        assertThrows(InvalidValueException.class, () -> new TransparencyReportQuery(YearMonth.of(2000, 1), YearMonth.of(2010, 1)));
    }

    @Test
    void reads_one_comment_in_full_with_the_title_and_slug_of_its_post() {
        Comment comment = stored(ModerationStatus.PENDING);
        when(comments.findById(comment.id())).thenReturn(Optional.of(comment));
        when(posts.findById(post.id())).thenReturn(Optional.of(post));

        var item = service.readCommentForModeration(comment.id());

        assertEquals(comment, item.comment());
        assertEquals(post.title(), item.postTitle());
        assertEquals(post.slug(), item.postSlug());
        assertEquals(Optional.of("192.0.2.1"), item.comment().senderAddress());
    }

    @Test
    void reading_a_comment_that_is_gone_says_not_found() {
        CommentId gone = CommentId.generate();
        when(comments.findById(gone)).thenReturn(Optional.empty());

        assertThrows(CommentNotFoundException.class, () -> service.readCommentForModeration(gone));
    }
}

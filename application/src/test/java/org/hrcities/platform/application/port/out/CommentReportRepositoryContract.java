package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CommentReportRepository} must do. */
public abstract class CommentReportRepositoryContract extends StorageContract {

    private static final ReporterKey ANNA = ReporterKey.ofAddress("192.0.2.1");
    private static final ReporterKey BORIS = ReporterKey.ofAddress("192.0.2.2");
    private static final ReporterKey CARLA = ReporterKey.ofAddress("2001:db8::3");

    private Post post;
    private Comment first;
    private Comment second;

    @BeforeEach
    void storeAPostWithTwoPublicComments() {
        post = PostFixtures.aPublishedPost();
        first = CommentFixtures.anApprovedComment(post, T0.minusSeconds(600));
        second = CommentFixtures.anApprovedComment(post, T0.minusSeconds(300));
        inTx(() -> {
            storage.posts().save(post);
            storage.comments().save(first);
            storage.comments().save(second);
        });
    }

    private static CommentReport report(Comment comment, ReporterKey reader, ReportReason reason, String note, Instant at) {
        return CommentReport.of(comment, reader, reason, note, at);
    }

    private CommentReport added(Comment comment, ReporterKey reader, ReportReason reason, Instant at) {
        CommentReport report = report(comment, reader, reason, null, at);
        inTx(() -> storage.commentReports().add(report));
        return report;
    }

    @Test
    void finds_the_open_reports_of_comments_oldest_first_with_every_field() {
        CommentReport byBoris = report(first, BORIS, ReportReason.PERSONAL_DATA, "Shows my street – and my name", T0.plusSeconds(5));
        CommentReport byAnna = report(first, ANNA, ReportReason.ABUSE, null, T0);
        CommentReport onSecond = report(second, ANNA, ReportReason.SPAM, null, T0);
        inTx(() -> List.of(byBoris, byAnna, onSecond).forEach(storage.commentReports()::add));

        Map<CommentId, List<CommentReport>> open = inTx(() -> storage.commentReports()
                .findOpenByComments(List.of(first.id(), second.id(), CommentId.generate())));

        assertEquals(Map.of(first.id(), List.of(byAnna, byBoris), second.id(), List.of(onSecond)), open);
        assertEquals(Map.of(), inTx(() -> storage.commentReports().findOpenByComments(List.of())));
    }

    @Test
    void knows_who_reported_a_comment_and_counts_distinct_readers_with_open_reports() {
        added(first, ANNA, ReportReason.SPAM, T0);
        added(first, BORIS, ReportReason.ABUSE, T0.plusSeconds(1));
        added(second, CARLA, ReportReason.SPAM, T0);

        assertTrue(inTx(() -> storage.commentReports().hasReported(first.id(), ANNA)));
        assertFalse(inTx(() -> storage.commentReports().hasReported(first.id(), CARLA)));
        assertFalse(inTx(() -> storage.commentReports().hasReported(second.id(), ANNA)));
        assertEquals(2, inTx(() -> storage.commentReports().countOpenReporters(first.id())));
        assertEquals(1, inTx(() -> storage.commentReports().countOpenReporters(second.id())));
        assertEquals(0, inTx(() -> storage.commentReports().countOpenReporters(CommentId.generate())));
    }

    @Test
    void refuses_a_second_report_from_the_same_reader_on_the_same_comment_or_with_the_same_id() {
        CommentReport once = added(first, ANNA, ReportReason.SPAM, T0);

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.commentReports()
                .add(report(first, ANNA, ReportReason.ABUSE, null, T0.plusSeconds(9)))));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.commentReports()
                .add(new CommentReport(once.id(), second.id(), post.id(), BORIS, ReportReason.SPAM, null, T0, null, null))));
        assertEquals(List.of(once), inTx(() -> storage.commentReports().findOpenByComments(List.of(first.id())))
                .get(first.id()));
        assertEquals(Map.of(), inTx(() -> storage.commentReports().findOpenByComments(List.of(second.id()))));
    }

    @Test
    void closes_the_open_reports_of_one_comment_with_an_outcome() {
        added(first, ANNA, ReportReason.SPAM, T0);
        added(first, BORIS, ReportReason.SPAM, T0);
        added(second, ANNA, ReportReason.SPAM, T0);

        assertEquals(2, inTx(() -> storage.commentReports().closeOpen(first.id(), ReportOutcome.DISMISSED, T0.plusSeconds(60))));
        assertEquals(0, inTx(() -> storage.commentReports().closeOpen(first.id(), ReportOutcome.UPHELD, T0.plusSeconds(90))));

        assertEquals(0, inTx(() -> storage.commentReports().countOpenReporters(first.id())));
        assertTrue(inTx(() -> storage.commentReports().hasReported(first.id(), ANNA)), "a closed report still counts once");
        assertEquals(1, inTx(() -> storage.commentReports().countOpenReporters(second.id())));
        assertEquals(List.of(new MonthlyReportCounts(YearMonth.of(2024, 3), 3, 2, 0, 1)),
                inTx(() -> storage.commentReports().monthlyCounts(YearMonth.of(2024, 3), YearMonth.of(2024, 3))));
    }

    @Test
    void lists_the_comments_with_open_reports_most_recently_reported_first() {
        Comment third = CommentFixtures.anApprovedComment(post, T0.minusSeconds(100));
        Comment closedOnly = CommentFixtures.anApprovedComment(post, T0.minusSeconds(50));
        inTx(() -> {
            storage.comments().save(third);
            storage.comments().save(closedOnly);
        });
        added(first, ANNA, ReportReason.SPAM, T0.plusSeconds(10));
        added(second, ANNA, ReportReason.SPAM, T0.plusSeconds(20));
        added(first, BORIS, ReportReason.SPAM, T0.plusSeconds(30));
        added(third, CARLA, ReportReason.ABUSE, T0);
        added(closedOnly, CARLA, ReportReason.ABUSE, T0.plusSeconds(40));
        inTx(() -> storage.commentReports().closeOpen(closedOnly.id(), ReportOutcome.UPHELD, T0.plusSeconds(50)));

        Page<CommentId> page = inTx(() -> storage.commentReports().findCommentsWithOpenReports(new PageRequest(1, 2)));
        Page<CommentId> rest = inTx(() -> storage.commentReports().findCommentsWithOpenReports(new PageRequest(2, 2)));

        assertEquals(List.of(first.id(), second.id()), page.items());
        assertEquals(3, page.totalItems());
        assertEquals(List.of(third.id()), rest.items());
        assertEquals(3, inTx(() -> storage.commentReports().countCommentsWithOpenReports()));
    }

    @Test
    void keeps_the_reports_of_a_comment_deleted_for_good_and_lists_it_no_more() {
        Comment trashed = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(trashed));
        Comment stored = inTx(() -> storage.comments().findById(trashed.id())).orElseThrow();
        added(stored, ANNA, ReportReason.SPAM, T0);
        added(first, ANNA, ReportReason.SPAM, T0);

        stored.moveToTrash();
        inTx(() -> storage.comments().save(stored));
        Comment inTrash = inTx(() -> storage.comments().findById(trashed.id())).orElseThrow();
        inTx(() -> storage.comments().delete(inTrash));

        assertEquals(List.of(first.id()), inTx(() -> storage.commentReports()
                .findCommentsWithOpenReports(PageRequest.first(10))).items());
        assertEquals(1, inTx(() -> storage.commentReports().countCommentsWithOpenReports()));
        assertEquals(1, inTx(() -> storage.commentReports().closeOpen(trashed.id(), ReportOutcome.UPHELD, T0.plusSeconds(5))));
        assertEquals(List.of(new MonthlyReportCounts(YearMonth.of(2024, 3), 2, 0, 1, 1)),
                inTx(() -> storage.commentReports().monthlyCounts(YearMonth.of(2024, 1), YearMonth.of(2024, 12))));
    }

    @Test
    void lists_no_comment_deleted_with_its_post() {
        added(first, ANNA, ReportReason.SPAM, T0);
        inTx(() -> storage.posts().delete(storage.posts().findById(post.id()).orElseThrow()));

        assertEquals(List.of(), inTx(() -> storage.commentReports().findCommentsWithOpenReports(PageRequest.first(10))).items());
        assertEquals(0, inTx(() -> storage.commentReports().countCommentsWithOpenReports()));
    }

    @Test
    void counts_reports_and_their_outcomes_per_utc_month_they_were_made_in() {
        Instant lastMarchMoment = Instant.parse("2024-03-31T23:59:59.999999Z");
        Instant firstAprilMoment = Instant.parse("2024-04-01T00:00:00Z");
        added(first, ANNA, ReportReason.SPAM, Instant.parse("2024-02-29T12:00:00Z"));
        added(first, BORIS, ReportReason.SPAM, lastMarchMoment);
        inTx(() -> storage.commentReports().closeOpen(first.id(), ReportOutcome.UPHELD, firstAprilMoment));
        added(second, ANNA, ReportReason.ABUSE, firstAprilMoment);
        added(second, BORIS, ReportReason.ABUSE, firstAprilMoment);
        inTx(() -> storage.commentReports().closeOpen(second.id(), ReportOutcome.DISMISSED, firstAprilMoment.plusSeconds(1)));
        added(second, CARLA, ReportReason.OFF_TOPIC, firstAprilMoment.plusSeconds(2));
        added(first, CARLA, ReportReason.SPAM, Instant.parse("2024-06-01T00:00:00Z"));

        assertEquals(List.of(
                new MonthlyReportCounts(YearMonth.of(2024, 2), 1, 0, 1, 0),
                new MonthlyReportCounts(YearMonth.of(2024, 3), 1, 0, 1, 0),
                new MonthlyReportCounts(YearMonth.of(2024, 4), 3, 2, 0, 1)),
                inTx(() -> storage.commentReports().monthlyCounts(YearMonth.of(2024, 2), YearMonth.of(2024, 5))));
        assertEquals(List.of(), inTx(() -> storage.commentReports().monthlyCounts(YearMonth.of(2023, 1), YearMonth.of(2023, 12))));
    }

    @Test
    void undoes_a_report_and_a_closing_with_their_transaction() {
        added(first, ANNA, ReportReason.SPAM, T0);
        IllegalStateException failure = new IllegalStateException("a later write failed");

        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.commentReports().add(report(first, BORIS, ReportReason.SPAM, null, T0));
            storage.commentReports().closeOpen(first.id(), ReportOutcome.UPHELD, T0.plusSeconds(1));
            throw failure;
        }));

        assertFalse(inTx(() -> storage.commentReports().hasReported(first.id(), BORIS)));
        assertEquals(1, inTx(() -> storage.commentReports().countOpenReporters(first.id())));
    }
}

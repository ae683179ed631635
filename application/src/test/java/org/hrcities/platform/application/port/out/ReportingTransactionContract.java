package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentCommand;
import org.hrcities.platform.application.port.in.moderation.ModerationTarget;
import org.hrcities.platform.application.service.comment.FloodGuard;
import org.hrcities.platform.application.service.moderation.CommentModerationService;
import org.hrcities.platform.application.service.moderation.ReportCommentService;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reporting a comment, and the moderator's decision on it, are one transaction each on every storage
 * adapter: a report that hides a comment is stored with the hold and its log entry or not at all, and
 * a decision closes the comment's reports or changes nothing.
 */
public abstract class ReportingTransactionContract extends StorageContract {

    private static final Actor EVA = Actor.person("account-7", "Eva Moderator");

    private Post post;
    private Comment comment;
    private final FloodGuard flood = new FloodGuard();

    @BeforeEach
    void storeAPublicComment() {
        post = PostFixtures.aPublishedPost();
        comment = CommentFixtures.anApprovedComment(post, T0.minusSeconds(600));
        inTx(() -> {
            storage.posts().save(post);
            storage.comments().save(comment);
        });
    }

    private ReportCommentService reporting(ModerationLogRepository log) {
        return new ReportCommentService(storage.posts(), storage.comments(), storage.commentReports(),
                storage.discussionSettings(), log, flood, storage.transactions(), () -> T0);
    }

    private CommentModerationService moderation(CommentReportRepository reports) {
        return new CommentModerationService(storage.posts(), storage.comments(), storage.moderationLog(), reports,
                storage.transactions(), () -> T0.plusSeconds(60));
    }

    private ReportCommentCommand reportFrom(String address) {
        return new ReportCommentCommand(post.language(), post.slug(), comment.id(), ReportReason.ABUSE, null, address);
    }

    private Comment stored() {
        return inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
    }

    @Test
    void hides_the_comment_when_the_third_reader_reports_it_and_logs_why() {
        ReportCommentService service = reporting(storage.moderationLog());
        service.reportComment(reportFrom("192.0.2.1"));
        service.reportComment(reportFrom("192.0.2.1"));
        service.reportComment(reportFrom("192.0.2.2"));
        assertEquals(ModerationStatus.APPROVED, stored().status(), "two readers, one of them twice, are not enough");

        service.reportComment(reportFrom("192.0.2.3"));

        assertEquals(ModerationStatus.PENDING, stored().status());
        List<ModerationRecord> history = inTx(() -> storage.moderationLog().findByComment(comment.id()));
        ModerationRecord hold = history.get(history.size() - 1);
        assertEquals(ModerationAction.HOLD, hold.action());
        assertEquals(Actor.rule("reports"), hold.actor());
        assertEquals("reported by 3 readers", hold.reason());
        assertEquals(3, inTx(() -> storage.commentReports().countOpenReporters(comment.id())));
    }

    @Test
    void stores_no_report_when_logging_the_hold_fails_and_lets_the_reader_send_it_again() {
        ReportCommentService service = reporting(storage.moderationLog());
        service.reportComment(reportFrom("192.0.2.1"));
        service.reportComment(reportFrom("192.0.2.2"));
        IllegalStateException failure = new IllegalStateException("the log could not be written");
        ModerationLogRepository failing = new ModerationLogRepository() {
            @Override
            public void append(ModerationRecord record) {
                throw failure;
            }

            @Override
            public List<ModerationRecord> findByComment(CommentId id) {
                return storage.moderationLog().findByComment(id);
            }

            @Override
            public List<org.hrcities.platform.domain.comment.MonthlyModerationCounts> monthlyCounts(YearMonth from, YearMonth to) {
                return storage.moderationLog().monthlyCounts(from, to);
            }
        };

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> reporting(failing).reportComment(reportFrom("192.0.2.3"))));

        assertEquals(ModerationStatus.APPROVED, stored().status());
        assertEquals(comment.version() + 1, stored().version(), "the comment is as it was stored");
        assertFalse(inTx(() -> storage.commentReports().hasReported(comment.id(), ReporterKey.ofAddress("192.0.2.3"))));
        assertEquals(2, inTx(() -> storage.commentReports().countOpenReporters(comment.id())));

        reporting(storage.moderationLog()).reportComment(reportFrom("192.0.2.3"));
        assertEquals(ModerationStatus.PENDING, stored().status(), "the flood admission was taken back");
    }

    @Test
    void restoring_a_hidden_comment_dismisses_its_reports_with_the_approval() {
        ReportCommentService service = reporting(storage.moderationLog());
        List.of("192.0.2.1", "192.0.2.2", "192.0.2.3").forEach(address -> service.reportComment(reportFrom(address)));
        Comment held = stored();

        moderation(storage.commentReports()).moderateComment(new ModerateCommentCommand(
                new ModerationTarget(held.id(), held.version()), ModerationAction.APPROVE, EVA, null));

        assertEquals(ModerationStatus.APPROVED, stored().status());
        assertEquals(0, inTx(() -> storage.commentReports().countCommentsWithOpenReports()));
        assertEquals(List.of(new MonthlyReportCounts(YearMonth.of(2024, 3), 3, 3, 0, 0)),
                inTx(() -> storage.commentReports().monthlyCounts(YearMonth.of(2024, 3), YearMonth.of(2024, 3))));
    }

    @Test
    void leaves_the_comment_held_when_closing_its_reports_fails() {
        ReportCommentService service = reporting(storage.moderationLog());
        List.of("192.0.2.1", "192.0.2.2", "192.0.2.3").forEach(address -> service.reportComment(reportFrom(address)));
        Comment held = stored();
        int entries = inTx(() -> storage.moderationLog().findByComment(comment.id())).size();
        IllegalStateException failure = new IllegalStateException("the reports could not be closed");
        CommentReportRepository failing = new FailingToClose(storage.commentReports(), failure);

        assertSame(failure, assertThrows(IllegalStateException.class, () -> moderation(failing).moderateComment(
                new ModerateCommentCommand(new ModerationTarget(held.id(), held.version()), ModerationAction.TRASH, EVA, null))));

        assertEquals(ModerationStatus.PENDING, stored().status());
        assertEquals(held.version(), stored().version());
        assertEquals(entries, inTx(() -> storage.moderationLog().findByComment(comment.id())).size());
        assertEquals(3, inTx(() -> storage.commentReports().countOpenReporters(comment.id())));
        assertTrue(inTx(() -> storage.commentReports().monthlyCounts(YearMonth.of(2024, 3), YearMonth.of(2024, 3)))
                .get(0).open() == 3);
    }

    @Test
    void two_readers_reporting_at_once_are_counted_one_after_the_other_and_hide_the_comment_once() throws Exception {
        inTx(() -> storage.discussionSettings().save(new org.hrcities.platform.domain.comment.DiscussionSettings(
                true, 0, false, 2, List.of(), List.of(), 15, 2, 2, 0)));
        ReportCommentService service = reporting(storage.moderationLog());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Comment target = CommentFixtures.anApprovedComment(post, T0.minusSeconds(60));
                inTx(() -> storage.comments().save(target));
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
                for (String reader : List.of("198.51.100." + (2 * round + 1), "198.51.100." + (2 * round + 2))) {
                    sent.add(pool.submit(() -> {
                        together.await();
                        service.reportComment(new ReportCommentCommand(post.language(), post.slug(), target.id(), ReportReason.SPAM, null, reader));
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> one : sent) {
                    one.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }

                assertEquals(ModerationStatus.PENDING, inTx(() -> storage.comments().findById(target.id())).orElseThrow()
                        .status(), "round " + round + ": the second reader reaches the threshold of two");
                assertEquals(2, inTx(() -> storage.commentReports().countOpenReporters(target.id())), "both reports kept");
                assertEquals(1, inTx(() -> storage.moderationLog().findByComment(target.id())).stream()
                        .filter(entry -> entry.action() == ModerationAction.HOLD).count(), "held once");
            }
        } finally {
            // never interrupt a write in progress: an interrupted file channel closes H2's store
            pool.shutdown();
            pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** The storage's reports, except that closing them fails. */
    private record FailingToClose(CommentReportRepository reports, RuntimeException failure)
            implements CommentReportRepository {

        @Override
        public void add(CommentReport report) {
            reports.add(report);
        }

        @Override
        public boolean hasReported(CommentId comment, ReporterKey reporter) {
            return reports.hasReported(comment, reporter);
        }

        @Override
        public long countOpenReporters(CommentId comment) {
            return reports.countOpenReporters(comment);
        }

        @Override
        public int closeOpen(CommentId comment, ReportOutcome outcome, Instant at) {
            throw failure;
        }

        @Override
        public Map<CommentId, List<CommentReport>> findOpenByComments(Collection<CommentId> comments) {
            return reports.findOpenByComments(comments);
        }

        @Override
        public Page<CommentId> findCommentsWithOpenReports(PageRequest page) {
            return reports.findCommentsWithOpenReports(page);
        }

        @Override
        public long countCommentsWithOpenReports() {
            return reports.countCommentsWithOpenReports();
        }

        @Override
        public List<MonthlyReportCounts> monthlyCounts(YearMonth from, YearMonth to) {
            return reports.monthlyCounts(from, to);
        }
    }
}

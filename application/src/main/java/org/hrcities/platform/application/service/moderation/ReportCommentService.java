package org.hrcities.platform.application.service.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.comment.ReportCommentUseCase;
import org.hrcities.platform.application.port.in.comment.ReportFloodException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.FloodControlPort.Admission;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * Takes readers' reports of public comments, in one transaction each: the post and the comment must
 * be public; a reader who reported the comment before is answered as if the report were new, and
 * counts once; a reader may report once per flood interval of the discussion settings (kept apart from
 * their comments by the key {@code report:} and their {@link ReporterKey}, so that no address is kept
 * for it either). When as many distinct readers as the report threshold have open reports on the
 * comment, it is held for moderation (logged with the actor {@value #RULE}) in the same transaction.
 * <p>
 * Two readers reporting one comment at the same moment: the storage stores their reports one after
 * the other ({@link CommentReportRepository#add}), and the comment is read again after the report is
 * stored, so that the second counts the first and does not hold a comment the first has just held
 * (its report is kept all the same). Should a write still meet a concurrent change, the whole
 * transaction is tried once more.
 */
public class ReportCommentService implements ReportCommentUseCase {

    /** The actor of holds caused by reports, in the moderation log. */
    public static final String RULE = "reports";

    private final PostRepository posts;
    private final CommentRepository comments;
    private final CommentReportRepository reports;
    private final DiscussionSettingsRepository settings;
    private final ModerationLogRepository log;
    private final FloodControlPort floodControl;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public ReportCommentService(PostRepository posts, CommentRepository comments, CommentReportRepository reports,
                                DiscussionSettingsRepository settings, ModerationLogRepository log,
                                FloodControlPort floodControl, TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.reports = Objects.requireNonNull(reports);
        this.settings = Objects.requireNonNull(settings);
        this.log = Objects.requireNonNull(log);
        this.floodControl = Objects.requireNonNull(floodControl);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The flood-control key of a reader's reports: never their address. */
    public static String floodKey(ReporterKey reporter) {
        return "report:" + reporter.value();
    }

    @Override
    public void reportComment(ReportCommentCommand command) {
        ReporterKey reporter = ReporterKey.ofAddress(command.reporterAddress());
        try {
            attempt(command, reporter);
        } catch (ConcurrentUpdateException raced) {
            // another report held the comment, or the same reader's other report was stored, meanwhile
            attempt(command, reporter);
        }
    }

    private void attempt(ReportCommentCommand command, ReporterKey reporter) {
        Admission[] admission = {FloodControlPort.Granted.UNRECORDED};
        try {
            transactions.inTransaction(() -> receive(command, reporter, admission));
        } catch (RuntimeException | Error e) {
            admission[0].release();
            throw e;
        }
    }

    private void receive(ReportCommentCommand command, ReporterKey reporter, Admission[] admission) {
        Instant now = clock.now();
        Post post = posts.findBySlug(command.language(), command.postSlug()).filter(Post::isPublished)
                .orElseThrow(() -> new PostNotFoundException(command.postSlug()));
        Comment comment = comments.findById(command.commentId())
                .filter(found -> found.postId().equals(post.id()) && found.isPublic())
                .orElseThrow(() -> new CommentNotFoundException(command.commentId()));
        if (reports.hasReported(comment.id(), reporter)) {
            return;
        }
        DiscussionSettings rules = settings.load();
        admission[0] = floodControl.admit(List.of(floodKey(reporter)), now,
                Duration.ofSeconds(rules.floodIntervalSeconds()));
        admission[0].refusedFor().ifPresent(wait -> {
            throw new ReportFloodException(wholeSeconds(wait));
        });
        reports.add(CommentReport.of(comment, reporter, command.reason(), command.note(), now));
        // read again now that the comment's reports are ours: another report may have hidden it meanwhile
        Comment current = comments.findById(comment.id()).filter(Comment::isPublic).orElse(null);
        long readers = reports.countOpenReporters(comment.id());
        if (current != null && rules.hidesAfterReports(readers)) {
            ModerationRecord held = current.moderate(ModerationAction.HOLD, Actor.rule(RULE), now,
                    "reported by " + readers + (readers == 1 ? " reader" : " readers"));
            comments.save(current);
            log.append(held);
        }
    }

    /** A wait in whole seconds, rounded up, and at least one (for a Retry-After header). */
    static Duration wholeSeconds(Duration wait) {
        return Duration.ofSeconds(Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0)));
    }
}

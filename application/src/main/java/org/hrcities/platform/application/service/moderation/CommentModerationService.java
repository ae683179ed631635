package org.hrcities.platform.application.service.moderation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.moderation.BulkModerationResult;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerationOutcome;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
import org.hrcities.platform.application.port.in.moderation.ModerationQueueItem;
import org.hrcities.platform.application.port.in.moderation.OpenReports;
import org.hrcities.platform.application.port.in.moderation.ReadCommentForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ReadModerationHistoryUseCase;
import org.hrcities.platform.application.port.in.moderation.ReadTransparencyReportUseCase;
import org.hrcities.platform.application.port.in.moderation.TransparencyReport;
import org.hrcities.platform.application.port.in.moderation.TransparencyReportQuery;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentFilter;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.notification.CommentNotifications;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationNotAllowedException;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;

/**
 * The moderation queue and the moderators' actions, each logged with its actor and reason, and the
 * reports read from the log.
 * <p>
 * Readers' reports come along: every comment listed shows its open reports, the "Reported" tab lists
 * the comments that have some, and a moderator's decision closes them in its own transaction
 * (approving dismisses them, trash, spam and deletion uphold them; see {@link ReportOutcome#of}).
 *
 * <p>One service for the five use cases of moderators, which share the comments and their log:
 * {@link ListCommentsForModerationUseCase}, {@link ReadCommentForModerationUseCase},
 * {@link ModerateCommentsUseCase}, {@link ReadModerationHistoryUseCase} and
 * {@link ReadTransparencyReportUseCase}.
 */
public class CommentModerationService implements ListCommentsForModerationUseCase, ModerateCommentsUseCase,
        ReadModerationHistoryUseCase, ReadTransparencyReportUseCase, ReadCommentForModerationUseCase {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final ModerationLogRepository log;
    private final CommentReportRepository reports;
    private final TransactionPort transactions;
    private final ClockPort clock;
    /** The messages a comment's first publication causes; null for a site that sends none. */
    private final CommentNotifications notifications;

    public CommentModerationService(PostRepository posts, CommentRepository comments, ModerationLogRepository log,
                                    CommentReportRepository reports, TransactionPort transactions, ClockPort clock) {
        this(posts, comments, log, reports, transactions, clock, null);
    }

    /** @param notifications the messages a first publication causes, written in its transaction; null for none */
    public CommentModerationService(PostRepository posts, CommentRepository comments, ModerationLogRepository log,
                                    CommentReportRepository reports, TransactionPort transactions, ClockPort clock,
                                    CommentNotifications notifications) {
        this.notifications = notifications;
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.log = Objects.requireNonNull(log);
        this.reports = Objects.requireNonNull(reports);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ModerationQueue listCommentsForModeration(ListCommentsForModerationQuery query) {
        return transactions.inTransaction(() -> {
            Page<Comment> page = query.status().reportedOnly()
                    ? reports.findCommentsWithOpenReports(query.page()).map(id -> comments.findById(id).orElseThrow(
                            () -> new IllegalStateException("reported comment " + id + " is gone")))
                    : comments.findForModeration(new CommentFilter(query.status().statusOrNull(), query.postOrNull(),
                            query.searchOrNull()), query.page());
            Map<PostId, Post> postsById = new HashMap<>();
            for (Comment comment : page.items()) {
                postsById.computeIfAbsent(comment.postId(), id -> posts.findById(id).orElseThrow(
                        () -> new IllegalStateException("comment " + comment.id() + " belongs to a post that is gone")));
            }
            Map<CommentId, List<CommentReport>> open = reports.findOpenByComments(
                    page.items().stream().map(Comment::id).toList());
            Page<ModerationQueueItem> items = page.map(comment -> {
                Post post = postsById.get(comment.postId());
                return new ModerationQueueItem(comment, post,
                        OpenReports.of(open.getOrDefault(comment.id(), List.of())));
            });
            return new ModerationQueue(items, comments.countByStatus(), reports.countCommentsWithOpenReports());
        });
    }

    @Override
    public ModerationQueueItem readCommentForModeration(CommentId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> {
            Comment comment = comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id));
            Post post = posts.findById(comment.postId()).orElseThrow(
                    () -> new IllegalStateException("comment " + id + " belongs to a post that is gone"));
            return new ModerationQueueItem(comment, post,
                    OpenReports.of(reports.findOpenByComments(List.of(id)).getOrDefault(id, List.of())));
        });
    }

    /** One transaction per comment: a comment that cannot be moderated does not undo the others. */
    @Override
    public BulkModerationResult moderateComments(ModerateCommentsCommand command) {
        List<ModerationOutcome> outcomes = new ArrayList<>();
        command.targets().forEach(target -> outcomes.add(outcomeOf(command.forTarget(target))));
        return new BulkModerationResult(outcomes);
    }

    private ModerationOutcome outcomeOf(ModerateCommentCommand command) {
        CommentId id = command.target().commentId();
        try {
            return ModerationOutcome.done(id, moderateComment(command).orElse(null));
        } catch (CommentNotFoundException e) {
            return ModerationOutcome.failed(id, ModerationOutcome.Result.NOT_FOUND, e.getMessage());
        } catch (ConcurrentUpdateException e) {
            return ModerationOutcome.failed(id, ModerationOutcome.Result.CONFLICT,
                    "the comment was changed by someone else in the meantime; reload it and try again");
        } catch (ModerationNotAllowedException | CommentHasRepliesException e) {
            return ModerationOutcome.failed(id, ModerationOutcome.Result.NOT_ALLOWED, e.getMessage());
        }
    }

    @Override
    public Optional<Comment> moderateComment(ModerateCommentCommand command) {
        CommentId id = command.target().commentId();
        return transactions.inTransaction(() -> {
            Comment comment = comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id));
            if (comment.version() != command.target().expectedVersion()) {
                throw new ConcurrentUpdateException("comment", id);
            }
            Instant now = clock.now();
            ReportOutcome closing = ReportOutcome.of(command.action());
            if (command.action() == ModerationAction.DELETE) {
                ModerationRecord deletion = comment.recordDeletion(command.actor(), now, command.reason());
                comments.delete(comment);
                log.append(deletion);
                reports.closeOpen(id, closing, now);
                return Optional.<Comment>empty();
            }
            ModerationRecord change = comment.moderate(command.action(), command.actor(), now, command.reason());
            boolean firstPublication = change.toStatus() == ModerationStatus.APPROVED && notifications != null
                    && notifications.offered() && log.findByComment(id).stream().noneMatch(entry -> entry.toStatus() == ModerationStatus.APPROVED);
            comments.save(comment);
            log.append(change);
            if (closing != null) {
                reports.closeOpen(id, closing, now);
            }
            if (firstPublication) {
                Comment parent = comment.parentId().flatMap(comments::findById).orElse(null);
                posts.findById(comment.postId()).ifPresent(post ->
                        notifications.published(comment, parent, post, false, now));
            }
            return comments.findById(id);
        });
    }

    @Override
    public List<ModerationRecord> readModerationHistory(CommentId comment) {
        Objects.requireNonNull(comment, "comment");
        return transactions.inTransaction(() -> log.findByComment(comment));
    }

    @Override
    public TransparencyReport readTransparencyReport(TransparencyReportQuery query) {
        Counted counted = transactions.inTransaction(() -> new Counted(log.monthlyCounts(query.from(), query.to()),
                reports.monthlyCounts(query.from(), query.to())));
        Map<YearMonth, MonthlyModerationCounts> byMonth = new HashMap<>();
        Map<YearMonth, MonthlyReportCounts> reportsByMonth = new HashMap<>();
        counted.decisions().forEach(counts -> byMonth.put(counts.month(), counts));
        counted.reports().forEach(counts -> reportsByMonth.put(counts.month(), counts));
        List<MonthlyModerationCounts> months = new ArrayList<>();
        List<MonthlyReportCounts> reported = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            months.add(byMonth.getOrDefault(month, MonthlyModerationCounts.none(month)));
            reported.add(reportsByMonth.getOrDefault(month, MonthlyReportCounts.none(month)));
        }
        return new TransparencyReport(months, reported);
    }

    /** What the log and the reports count, read in one transaction. */
    private record Counted(List<MonthlyModerationCounts> decisions, List<MonthlyReportCounts> reports) {
    }
}

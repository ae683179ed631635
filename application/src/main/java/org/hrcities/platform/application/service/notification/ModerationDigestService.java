package org.hrcities.platform.application.service.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.notification.SendModerationDigestUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentFilter;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * At most one digest per period to each moderator who chose it, whichever instance asks first: the
 * number of comments waiting, the newest of them with their posts, and a link to the queue. Sent only
 * when comments arrived during the period and some still wait, so a quiet site writes to nobody.
 */
public class ModerationDigestService implements SendModerationDigestUseCase {

    static final String JOB = "moderation-digest";
    static final int LISTED = 10;

    private final CommentRepository comments;
    private final PostRepository posts;
    private final MailSubscriberRepository subscribers;
    private final ScheduledJobsPort jobs;
    private final CommentNotifications notifications;
    private final MailSettings settings;
    private final Duration period;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public ModerationDigestService(CommentRepository comments, PostRepository posts, MailSubscriberRepository subscribers,
                                   ScheduledJobsPort jobs, CommentNotifications notifications,
                                   MailSettings settings, Duration period, TransactionPort transactions, ClockPort clock) {
        this.comments = Objects.requireNonNull(comments);
        this.posts = Objects.requireNonNull(posts);
        this.subscribers = Objects.requireNonNull(subscribers);
        this.jobs = Objects.requireNonNull(jobs);
        this.notifications = Objects.requireNonNull(notifications);
        this.settings = Objects.requireNonNull(settings);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a digest's period is positive");
        }
        this.period = period;
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int sendModerationDigest() {
        if (!settings.enabled()) {
            return 0;
        }
        Instant now = clock.now();
        if (!jobs.startRun(JOB, now, period)) {
            return 0;
        }
        Instant since = now.minus(period);
        return transactions.inTransaction(() -> {
            List<MailSubscriber> readers = subscribers.findDigestSubscribers().stream()
                    .filter(MailSubscriber::receivesMail).toList();
            if (readers.isEmpty()) {
                return 0;
            }
            Page<Comment> waiting = comments.findForModeration(CommentFilter.inStatus(ModerationStatus.PENDING),
                    PageRequest.first(LISTED));
            long arrived = waiting.items().stream().filter(comment -> comment.submittedAt().isAfter(since)).count();
            if (waiting.totalItems() == 0 || arrived == 0) {
                return 0;
            }
            String text = digestText(waiting, arrived);
            String subject = waiting.totalItems() == 1 ? "1 comment waits for moderation"
                    : waiting.totalItems() + " comments wait for moderation";
            for (MailSubscriber reader : readers) {
                notifications.queue(reader, MailKind.MODERATION_DIGEST, subject, text, MailTexts.CHOSE_THE_DIGEST, now);
            }
            return readers.size();
        });
    }

    private String digestText(Page<Comment> waiting, long arrived) {
        StringBuilder text = new StringBuilder();
        text.append(waiting.totalItems() == 1 ? "One comment waits" : waiting.totalItems() + " comments wait")
                .append(" for moderation");
        if (arrived >= LISTED && waiting.totalItems() > LISTED) {
            text.append(" (at least ").append(arrived).append(" arrived in the last ").append(period.toMinutes())
                    .append(" minutes)");
        } else {
            text.append(" (").append(arrived).append(" arrived in the last ").append(period.toMinutes()).append(" minutes)");
        }
        text.append(".\n\nThe newest:\n");
        for (Comment comment : waiting.items()) {
            String title = posts.findById(comment.postId()).map(Post::title).orElse("a post no longer kept");
            text.append("- ").append(comment.commenter().name()).append(" on “")
                    .append(MailTexts.titleForSubject(title)).append("”\n");
        }
        text.append("\nThe moderation queue:\n").append(settings.link("/admin/comments?status=pending")).append('\n');
        return text.toString();
    }
}

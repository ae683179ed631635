package org.hrcities.platform.application.service.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.FloodControlPort.Admission;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentArrival;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.InvalidReplyException;
import org.hrcities.platform.domain.comment.ModerationDecision;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.post.Post;

/**
 * Takes visitors' comments, in WordPress's order of checks: the post exists and takes comments, the
 * parent exists, the comment is no exact duplicate, the sender is not flooding; then the rules on
 * arrival give the comment its status (spam looks like pending to its sender), and the arrival is logged.
 */
public class SubmitCommentService implements SubmitCommentUseCase {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final DiscussionSettingsRepository settings;
    private final ModerationLogRepository log;
    private final FloodControlPort floodControl;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public SubmitCommentService(PostRepository posts, CommentRepository comments,
                                DiscussionSettingsRepository settings, ModerationLogRepository log,
                                FloodControlPort floodControl, TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.settings = Objects.requireNonNull(settings);
        this.log = Objects.requireNonNull(log);
        this.floodControl = Objects.requireNonNull(floodControl);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SubmittedComment submitComment(SubmitCommentCommand command) {
        AtomicReference<Admission> admission = new AtomicReference<>(FloodControlPort.Granted.UNRECORDED);
        try {
            return transactions.inTransaction(() -> {
                Instant now = clock.now();
                Post post = posts.findBySlug(command.postSlug())
                        .filter(Post::isPublished)
                        .orElseThrow(() -> new PostNotFoundException(command.postSlug()));
                DiscussionSettings rules = settings.load();
                rules.requireCommentsOpenOn(post, now);
                Comment parent = command.parentId() == null ? null : comments.findById(command.parentId())
                        .filter(candidate -> candidate.postId().equals(post.id()))
                        .orElseThrow(InvalidReplyException::toNoCommentOfThePost);
                Commenter commenter = command.commenter();
                Comment comment = Comment.submit(post, CommentId.generate(), commenter, command.text(), parent,
                        command.senderAddress(), now);
                if (comments.existsDuplicate(post.id(), commenter.email(), command.text())) {
                    throw new DuplicateCommentException();
                }
                admission.set(floodControl.admit(FloodGuard.senders(command.senderAddress(), commenter.email()), now,
                        Duration.ofSeconds(rules.floodIntervalSeconds())));
                admission.get().refusedFor().ifPresent(wait -> {
                    throw new CommentFloodException(wholeSeconds(wait));
                });
                boolean known = rules.approveKnownCommenters()
                        && comments.hasApprovedComment(commenter.name(), commenter.email());
                ModerationDecision decision = rules.decide(new CommentArrival(commenter, command.text(),
                        command.senderAddress(), command.honeypotFilled(), command.fillTime(), known));
                ModerationRecord arrival = comment.receive(decision, now);
                comments.save(comment);
                log.append(arrival);
                return new SubmittedComment(comment.id(), comment.status());
            });
        } catch (RuntimeException | Error e) {
            admission.get().release();
            throw e;
        }
    }

    /** A wait in whole seconds, rounded up, and at least one (for a Retry-After header). */
    static Duration wholeSeconds(Duration wait) {
        return Duration.ofSeconds(Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0)));
    }
}

package org.hrcities.platform.application.service.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.comment.UnknownParentCommentException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentArrival;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.ModerationDecision;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.DomainException;

/**
 * Takes visitors' comments, in WordPress's order of checks: the post exists and takes comments, the
 * parent exists, the comment is no exact duplicate, the sender is not flooding; then the rules on
 * arrival give the comment its status (spam looks like pending to its sender), and the arrival is logged.
 * <p>
 * <b>Group commit.</b> Comments that arrive while another group is being stored are stored together,
 * in one transaction, up to {@value #MAX_GROUP} at a time: the storage's commit (a write to disk) is
 * what limits how many comments per second can be acknowledged, and one commit for many comments
 * takes hardly longer than for one. Each comment is still checked on its own, in arrival order and
 * seeing the ones before it in its group (a duplicate within a group is refused), and a sender is told
 * "accepted" only once the commit that holds the comment is done. A comment refused by a check leaves
 * nothing in the group's transaction (the checks come before any write); should anything else fail, the
 * group is undone and each of its comments is stored again on its own, so one comment's failure never
 * costs another its place; when the storage cannot be reached, the group and the comments waiting
 * meanwhile are all told so at once (nothing of them is stored), rather than each after a timeout of its own.
 */
public class CommentSubmissionService implements SubmitCommentUseCase {

    /** Comments stored by one commit at most. */
    static final int MAX_GROUP = 64;

    private final PostRepository posts;
    private final CommentRepository comments;
    private final DiscussionSettingsRepository settings;
    private final ModerationLogRepository log;
    private final FloodGuard floodGuard;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final ConcurrentLinkedQueue<Arrival> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock storing = new ReentrantLock();

    public CommentSubmissionService(PostRepository posts, CommentRepository comments,
                                    DiscussionSettingsRepository settings, ModerationLogRepository log,
                                    FloodGuard floodGuard, TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.settings = Objects.requireNonNull(settings);
        this.log = Objects.requireNonNull(log);
        this.floodGuard = Objects.requireNonNull(floodGuard);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A comment waiting to be stored, and what became of it. */
    private static final class Arrival {
        private final SubmitCommentCommand command;
        private final CompletableFuture<SubmittedComment> outcome = new CompletableFuture<>();
        private FloodGuard.Admission admission = FloodGuard.Admission.NONE;
        /** Set once its writes begin: a failure from then on undoes the whole group. */
        private boolean writing;

        private Arrival(SubmitCommentCommand command) {
            this.command = command;
        }
    }

    /**
     * Stores the comment with those waiting at the same moment: the caller that finds no group being
     * stored stores the waiting ones (its own among them), and goes on while more are waiting once it
     * is done; the others wait for their outcome. (Whoever queued a comment and found the store busy
     * can rely on the storing caller: it looks at the queue again after letting go.)
     */
    @Override
    public SubmittedComment submitComment(SubmitCommentCommand command) {
        Arrival arrival = new Arrival(Objects.requireNonNull(command));
        waiting.add(arrival);
        while (storing.tryLock()) {
            try {
                storeWaiting();
            } finally {
                storing.unlock();
            }
            if (waiting.isEmpty()) {
                break;
            }
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return arrival.outcome.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    // the comment may be in a group being stored: wait for its outcome all the same,
                    // so that a sender is never told "failed" about a stored comment
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stores the comments waiting now, one group per commit, until none waits. */
    private void storeWaiting() {
        List<Arrival> group = new ArrayList<>(MAX_GROUP);
        Arrival next;
        while ((next = waiting.poll()) != null) {
            group.add(next);
            if (group.size() == MAX_GROUP || waiting.isEmpty()) {
                storeGroup(group);
                group = new ArrayList<>(MAX_GROUP);
            }
        }
        if (!group.isEmpty()) {
            storeGroup(group);
        }
    }

    /** One transaction for the group; each comment's outcome is given once it is committed. */
    private void storeGroup(List<Arrival> group) {
        List<Object> results = new ArrayList<>(group.size());
        try {
            transactions.inTransaction(() -> {
                for (Arrival arrival : group) {
                    try {
                        results.add(receive(arrival));
                    } catch (PostNotFoundException | DomainException | DuplicateCommentException | CommentFloodException e) {
                        if (arrival.writing) {
                            throw e;
                        }
                        // refused before anything of it was written: the others go on
                        arrival.admission.release();
                        results.add(e);
                    }
                }
            });
        } catch (RuntimeException | Error e) {
            group.forEach(arrival -> arrival.admission.release());
            if (e instanceof StorageUnavailableException) {
                // the comments waiting meanwhile would wait for the same timeout again: they are told at once
                group.forEach(arrival -> arrival.outcome.completeExceptionally(e));
                Arrival waited;
                while ((waited = waiting.poll()) != null) {
                    waited.outcome.completeExceptionally(e);
                }
            } else if (group.size() > 1) {
                group.forEach(this::storeAlone);
            } else {
                group.get(0).outcome.completeExceptionally(e);
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Object result = results.get(i);
            if (result instanceof SubmittedComment submitted) {
                group.get(i).outcome.complete(submitted);
            } else {
                group.get(i).outcome.completeExceptionally((Throwable) result);
            }
        }
    }

    /** After its group failed: the comment in a transaction of its own. */
    private void storeAlone(Arrival arrival) {
        arrival.writing = false;
        arrival.admission = FloodGuard.Admission.NONE;
        try {
            arrival.outcome.complete(transactions.inTransaction(() -> receive(arrival)));
        } catch (RuntimeException | Error e) {
            arrival.admission.release();
            arrival.outcome.completeExceptionally(e);
        }
    }

    /** The checks and the rules for one comment, then its two writes: the comment and its arrival in the log. */
    private SubmittedComment receive(Arrival arrival) {
        SubmitCommentCommand command = arrival.command;
        Instant now = clock.now();
        Post post = posts.findBySlug(command.postSlug())
                .filter(Post::isPublished)
                .orElseThrow(() -> new PostNotFoundException(command.postSlug()));
        DiscussionSettings rules = settings.load();
        rules.requireCommentsOpenOn(post, now);
        Comment parent = command.parentId() == null ? null : comments.findById(command.parentId())
                .filter(candidate -> candidate.postId().equals(post.id()))
                .orElseThrow(UnknownParentCommentException::new);
        Commenter commenter = command.commenter();
        Comment comment = Comment.submit(post, CommentId.generate(), commenter, command.text(), parent,
                command.senderAddress(), now);
        if (comments.existsDuplicate(post.id(), commenter.email(), command.text())) {
            throw new DuplicateCommentException();
        }
        arrival.admission = floodGuard.admit(FloodGuard.senders(command.senderAddress(), commenter.email()), now,
                Duration.ofSeconds(rules.floodIntervalSeconds()));
        boolean known = rules.approveKnownCommenters()
                && comments.hasApprovedComment(commenter.name(), commenter.email());
        ModerationDecision decision = rules.decide(new CommentArrival(commenter, command.text(),
                command.senderAddress(), command.honeypotFilled(), command.fillTime(), known));
        ModerationRecord arrivalRecord = comment.receive(decision, now);
        arrival.writing = true;
        comments.save(comment);
        log.append(arrivalRecord);
        return new SubmittedComment(comment.id(), comment.status());
    }
}

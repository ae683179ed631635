package org.hrcities.platform.application.service.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.hrcities.platform.application.port.StorageUnavailableException;
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
import org.hrcities.platform.application.service.notification.CommentNotifications;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentArrival;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.InvalidReplyException;
import org.hrcities.platform.domain.comment.ModerationDecision;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.DomainException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Takes visitors' comments, in WordPress's order of checks: the post exists and takes comments, the
 * parent exists, the comment is no exact duplicate, the sender is not flooding; then the rules on
 * arrival give the comment its status (spam looks like pending to its sender), and the arrival is logged.
 * <p>
 * <b>Groups.</b> Where the storage takes them (a group size over 1), comments that arrive while
 * another group is being stored are stored together, in one transaction, up to the group size at a
 * time: the caller that finds no group being stored stores the comments waiting, in the order they
 * came, until its own is stored, and then wakes the first one still waiting to go on in its turn; the
 * others wait for their outcome. Each comment is still checked on its own, in arrival order and
 * seeing the ones before it in its group (a duplicate within a group is refused), and its sender is
 * told "accepted" only once the commit that holds it is done. A comment refused by a check leaves
 * nothing in the group's transaction (the checks come before any write, the flood admission being the
 * first); should anything else fail, the group is undone and each of its comments is stored again on
 * its own, so one comment's failure never costs another its place; when the storage cannot be reached,
 * the group and the comments waiting meanwhile are all told so at once, rather than each after a
 * timeout of its own.
 */
public class SubmitCommentService implements SubmitCommentUseCase {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final DiscussionSettingsRepository settings;
    private final ModerationLogRepository log;
    private final FloodControlPort floodControl;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final int groupSize;
    /** The messages comments cause; null for a site that sends none. */
    private final CommentNotifications notifications;
    private final ConcurrentLinkedQueue<Arrival> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock storing = new ReentrantLock();

    /** A service that stores each comment in a transaction of its own. */
    public SubmitCommentService(PostRepository posts, CommentRepository comments,
                                DiscussionSettingsRepository settings, ModerationLogRepository log,
                                FloodControlPort floodControl, TransactionPort transactions, ClockPort clock) {
        this(posts, comments, settings, log, floodControl, transactions, clock, 1);
    }

    /** @param groupSize the comments stored by one transaction at most; 1 for a transaction each */
    public SubmitCommentService(PostRepository posts, CommentRepository comments,
                                DiscussionSettingsRepository settings, ModerationLogRepository log,
                                FloodControlPort floodControl, TransactionPort transactions, ClockPort clock,
                                int groupSize) {
        this(posts, comments, settings, log, floodControl, transactions, clock, groupSize, null);
    }

    /**
     * @param groupSize the comments stored by one transaction at most; 1 for a transaction each
     * @param notifications the messages comments cause, written in the comment's transaction; null for none
     */
    public SubmitCommentService(PostRepository posts, CommentRepository comments,
                                DiscussionSettingsRepository settings, ModerationLogRepository log,
                                FloodControlPort floodControl, TransactionPort transactions, ClockPort clock,
                                int groupSize, CommentNotifications notifications) {
        this.notifications = notifications;
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.settings = Objects.requireNonNull(settings);
        this.log = Objects.requireNonNull(log);
        this.floodControl = Objects.requireNonNull(floodControl);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        if (groupSize < 1) {
            throw new IllegalArgumentException("a group holds at least one comment: " + groupSize);
        }
        this.groupSize = groupSize;
    }

    /** A comment waiting to be stored, and what became of it. */
    private static final class Arrival {
        private final SubmitCommentCommand command;
        private Admission admission = FloodControlPort.Granted.UNRECORDED;
        /** Set once its writes begin: a failure from then on undoes the whole group. */
        private boolean writing;
        /** What was stored, once it is; guarded by this arrival. */
        private SubmittedComment stored;
        /** Why it was not stored, once that is known: a runtime exception or an error; guarded by this arrival. */
        private Throwable failure;
        /** Whether its sender was woken (its outcome given, or its turn to store); guarded by this arrival. */
        private boolean woken;

        private Arrival(SubmitCommentCommand command) {
            this.command = Objects.requireNonNull(command);
        }

        synchronized boolean done() {
            return stored != null || failure != null;
        }

        synchronized void succeed(SubmittedComment submitted) {
            stored = submitted;
            wake();
        }

        /** @param why a runtime exception or an error, thrown to the sender as it is */
        synchronized void fail(Throwable why) {
            failure = why;
            wake();
        }

        synchronized void wake() {
            woken = true;
            notifyAll();
        }

        /**
         * Waits until woken; an interrupt does not end the wait (the comment may be in a group being
         * stored, and its sender must not hear "failed" of a stored comment). True if interrupted.
         */
        synchronized boolean awaitWaking() {
            boolean interrupted = false;
            while (!woken) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            woken = false;
            return interrupted;
        }

        /** The outcome, once given: the stored comment, or its failure thrown. */
        synchronized SubmittedComment outcome() {
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            return stored;
        }
    }

    @Override
    public SubmittedComment submitComment(SubmitCommentCommand command) {
        Arrival arrival = new Arrival(command);
        if (groupSize == 1) {
            return storeAlone(arrival);
        }
        waiting.add(arrival);
        boolean interrupted = false;
        while (!arrival.done()) {
            if (storing.tryLock()) {
                try {
                    storeUntilDone(arrival);
                } finally {
                    storing.unlock();
                }
                handOver();
            } else {
                // the caller storing now hands over to the first comment waiting once its own is stored
                interrupted |= arrival.awaitWaking();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return arrival.outcome();
    }

    /** The comments waiting to be stored now. */
    int waiting() {
        return waiting.size();
    }

    /**
     * Stores the comments waiting, a group per transaction in the order they came, until the caller's
     * own is stored: no caller stores for others longer than it takes to store its own comment.
     */
    private void storeUntilDone(Arrival own) {
        while (!own.done()) {
            List<Arrival> group = new ArrayList<>(groupSize);
            Arrival next;
            while (group.size() < groupSize && (next = waiting.poll()) != null) {
                group.add(next);
            }
            if (group.isEmpty()) {
                return;
            }
            storeGroup(group);
        }
    }

    /**
     * Wakes the first comment still waiting, if any, to store the waiting ones in its turn. A comment
     * queued after this looked finds the store free: the storing caller let go of it before looking.
     */
    private void handOver() {
        Arrival first = waiting.peek();
        if (first != null) {
            first.wake();
        }
    }

    /** One transaction for the group; each comment's outcome is given once it is committed. */
    private void storeGroup(List<Arrival> group) {
        if (group.size() == 1) {
            completeAlone(group.get(0));
            return;
        }
        List<Object> results = new ArrayList<>(group.size());
        try {
            transactions.inTransaction(() -> {
                Reads reads = new Reads();
                for (Arrival arrival : group) {
                    try {
                        results.add(receive(arrival, reads));
                    } catch (PostNotFoundException | DomainException | DuplicateCommentException
                             | CommentFloodException refusal) {
                        if (arrival.writing) {
                            throw refusal;
                        }
                        // refused before anything of it was written: the others go on
                        arrival.admission.release();
                        results.add(refusal);
                    }
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            group.forEach(arrival -> arrival.admission.release());
            if (e instanceof StorageUnavailableException unavailable) {
                group.forEach(arrival -> arrival.fail(unavailable));
                failWaiting(unavailable);
            } else {
                group.forEach(this::completeAlone);
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (results.get(i) instanceof SubmittedComment submitted) {
                group.get(i).succeed(submitted);
            } else {
                group.get(i).fail((Throwable) results.get(i));
            }
        }
    }

    /** Stores the comment in a transaction of its own and gives its outcome. */
    private void completeAlone(Arrival arrival) {
        try {
            arrival.succeed(storeAlone(arrival));
        } catch (StorageUnavailableException e) {
            arrival.fail(e);
            failWaiting(e);
        } catch (RuntimeException | Error e) {
            arrival.fail(e);
        }
    }

    /**
     * The storage could not be reached: the comments waiting meanwhile would each wait for the same
     * timeout again, one group after another, so they are told at once; nothing of them was stored.
     */
    private void failWaiting(StorageUnavailableException unavailable) {
        Arrival waited;
        while ((waited = waiting.poll()) != null) {
            waited.fail(unavailable);
        }
    }

    /** The comment in a transaction of its own; a granted admission is taken back if it is not stored. */
    private SubmittedComment storeAlone(Arrival arrival) {
        arrival.writing = false;
        arrival.admission = FloodControlPort.Granted.UNRECORDED;
        try {
            return transactions.inTransaction(() -> receive(arrival, new Reads()));
        } catch (RuntimeException | Error e) {
            arrival.admission.release();
            throw e;
        }
    }

    /**
     * What the comments of one transaction read alike: each post by its language and slug and the
     * discussion settings, read once for the transaction (neither is written by it).
     */
    private final class Reads {
        private final Map<PostAddress, Optional<Post>> posts = new HashMap<>();
        private DiscussionSettings rules;

        Optional<Post> post(Language language, Slug slug) {
            return this.posts.computeIfAbsent(new PostAddress(language, slug),
                    address -> SubmitCommentService.this.posts.findBySlug(address.language(), address.slug()));
        }

        DiscussionSettings rules() {
            if (rules == null) {
                rules = settings.load();
            }
            return rules;
        }
    }

    /** Where a comment names its post: a slug is unique among the posts of one language only. */
    private record PostAddress(Language language, Slug slug) {
    }

    /** The checks and the rules for one comment, then its two writes: the comment and its arrival in the log. */
    private SubmittedComment receive(Arrival arrival, Reads reads) {
        SubmitCommentCommand command = arrival.command;
        Instant now = clock.now();
        Post post = reads.post(command.language(), command.postSlug())
                .filter(Post::isPublished)
                .orElseThrow(() -> new PostNotFoundException(command.postSlug()));
        DiscussionSettings rules = reads.rules();
        rules.requireCommentsOpenOn(post, now);
        Comment parent = command.parentId() == null ? null : comments.findById(command.parentId())
                .filter(candidate -> candidate.postId().equals(post.id()))
                .orElseThrow(InvalidReplyException::toNoCommentOfThePost);
        Commenter commenter = command.commenter();
        Comment comment = Comment.submit(post, CommentId.generate(), commenter, command.text(), parent,
                command.senderAddress(), command.userAgent(), now);
        if (comments.existsDuplicate(post.id(), commenter.email(), command.text())) {
            throw new DuplicateCommentException();
        }
        arrival.admission = floodControl.admit(FloodGuard.senders(command.senderAddress(), commenter.email()), now,
                Duration.ofSeconds(rules.floodIntervalSeconds()));
        arrival.admission.refusedFor().ifPresent(wait -> {
            throw new CommentFloodException(wholeSeconds(wait));
        });
        // the admission is the comment's first write (flood control in the database takes its rows in this
        // transaction): a failure from here on undoes the group, whatever it is
        arrival.writing = true;
        boolean known = rules.approveKnownCommenters()
                && comments.hasApprovedComment(commenter.name(), commenter.email());
        ModerationDecision decision = rules.decide(new CommentArrival(commenter, command.text(),
                command.senderAddress(), command.honeypotFilled(), command.fillTime(), known));
        ModerationRecord record = comment.receive(decision, now);
        comments.save(comment);
        log.append(record);
        if (notifications != null) {
            if (command.notifyMe()) {
                notifications.watchRequested(comment, post, now);
            }
            if (comment.isPublic()) {
                notifications.published(comment, parent, post, true, now);
            }
        }
        return new SubmittedComment(comment.id(), comment.status());
    }

    /** A wait in whole seconds, rounded up, and at least one (for a Retry-After header). */
    static Duration wholeSeconds(Duration wait) {
        return Duration.ofSeconds(Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0)));
    }
}

package org.hrcities.platform.application.service.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comments arriving together are stored by one transaction, and one comment's failure never costs another its place. */
class SubmitCommentGroupsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final PostRepository posts = mock(PostRepository.class);
    private final CommentRepository comments = mock(CommentRepository.class);
    private final DiscussionSettingsRepository settings = mock(DiscussionSettingsRepository.class);
    private final ModerationLogRepository log = mock(ModerationLogRepository.class);
    private final HeldCommits transactions = new HeldCommits();
    private final ExecutorService senders = Executors.newFixedThreadPool(16);
    private final Post post = PostFixtures.aPublishedPost("together", NOW.minus(Duration.ofDays(1)));
    private SubmitCommentService service;

    /**
     * Commits that can be held: the first transaction's commit waits until the test lets it go, so that
     * the comments sent meanwhile queue behind it; the others commit at once.
     */
    private static final class HeldCommits implements TransactionPort {
        private final AtomicInteger started = new AtomicInteger();
        private final List<Thread> storers = new CopyOnWriteArrayList<>();
        private final CountDownLatch firstMayCommit = new CountDownLatch(1);
        private volatile RuntimeException failure;
        private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (active.get()) {
                return work.get();
            }
            int number = started.incrementAndGet();
            storers.add(Thread.currentThread());
            active.set(true);
            try {
                T result = work.get();
                if (number == 1) {
                    await(firstMayCommit);
                }
                if (failure != null) {
                    throw failure;
                }
                return result;
            } finally {
                active.set(false);
            }
        }
    }

    @BeforeEach
    void setUp() {
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        when(settings.load()).thenReturn(DiscussionSettings.defaults());
        service = new SubmitCommentService(posts, comments, settings, log, new FloodGuard(), transactions, () -> NOW, 64);
    }

    @AfterEach
    void tearDown() {
        senders.shutdownNow();
    }

    private SubmitCommentCommand comment(int sender, String text) {
        Commenter commenter = new Commenter("Reader " + sender, EmailAddress.parse("reader" + sender + "@example.org"), null);
        return new SubmitCommentCommand(post.language(), post.slug(), commenter, new CommentText(text), null, false,
                "192.0.2." + sender, Duration.ofSeconds(30));
    }

    /** Sends the first comment, then the others while the first one's commit is held, then lets it commit. */
    private List<Object> sendTogether(List<SubmitCommentCommand> commands) throws Exception {
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            SubmitCommentCommand command = commands.get(i);
            Callable<Object> send = () -> {
                try {
                    return service.submitComment(command);
                } catch (RuntimeException e) {
                    return e;
                }
            };
            outcomes.add(senders.submit(send));
            if (i == 0) {
                awaitTrue(() -> transactions.started.get() == 1);
            }
        }
        awaitTrue(() -> service.waiting() == commands.size() - 1);
        transactions.firstMayCommit.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(10, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void comments_arriving_during_a_commit_are_stored_together_by_the_next_one() throws Exception {
        List<SubmitCommentCommand> commands = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            commands.add(comment(i, "Comment number " + i));
        }

        List<Object> results = sendTogether(commands);

        results.forEach(result -> assertInstanceOf(SubmittedComment.class, result));
        assertEquals(2, transactions.started.get(), "the first comment alone, then the eleven that came meanwhile");
        verify(comments, times(12)).save(any());
        verify(log, times(12)).append(any());
    }

    @Test
    void a_sender_stores_the_others_comments_no_longer_than_it_takes_to_store_its_own() throws Exception {
        List<SubmitCommentCommand> commands = List.of(comment(1, "First"), comment(2, "Second"), comment(3, "Third"));

        List<Object> results = sendTogether(commands);

        results.forEach(result -> assertInstanceOf(SubmittedComment.class, result));
        assertEquals(2, transactions.storers.size());
        assertNotSame(transactions.storers.get(0), transactions.storers.get(1), "the first sender went back to its "
                + "client once its comment was stored, and the next one waiting stored the group that had come meanwhile");
    }

    @Test
    void a_refused_comment_in_a_group_leaves_the_others_stored() throws Exception {
        when(comments.existsDuplicate(any(), any(), any())).thenAnswer(call ->
                ((CommentText) call.getArgument(2)).value().equals("Said before"));
        List<SubmitCommentCommand> commands = List.of(comment(1, "First"), comment(2, "Second"), comment(3, "Said before"),
                comment(4, "Fourth"));

        List<Object> results = sendTogether(commands);

        assertInstanceOf(SubmittedComment.class, results.get(0));
        assertInstanceOf(SubmittedComment.class, results.get(1));
        assertInstanceOf(DuplicateCommentException.class, results.get(2));
        assertInstanceOf(SubmittedComment.class, results.get(3));
        assertEquals(2, transactions.started.get());
        verify(comments, times(3)).save(any());
    }

    @Test
    void when_one_comment_cannot_be_written_the_others_of_its_group_are_stored_on_their_own() throws Exception {
        doAnswer(call -> {
            if (((Comment) call.getArgument(0)).text().value().equals("Unwritable")) {
                throw new IllegalStateException("the row was refused");
            }
            return null;
        }).when(comments).save(any());
        List<SubmitCommentCommand> commands = List.of(comment(1, "First"), comment(2, "Second"), comment(3, "Unwritable"),
                comment(4, "Fourth"));

        List<Object> results = sendTogether(commands);

        assertInstanceOf(SubmittedComment.class, results.get(0));
        assertInstanceOf(SubmittedComment.class, results.get(1));
        assertInstanceOf(IllegalStateException.class, results.get(2));
        assertInstanceOf(SubmittedComment.class, results.get(3));
        assertEquals(2 + 3, transactions.started.get(), "the first alone, the failed group, then each of its three alone");
        Object again = service.submitComment(comment(3, "Unwritable, second try"));
        assertInstanceOf(SubmittedComment.class, again, "the failed comment did not count against its sender's flood limit");
    }

    @Test
    void when_the_storage_is_unavailable_the_comments_waiting_are_told_so_at_once_and_none_is_retried() throws Exception {
        transactions.failure = new StorageUnavailableException("the database is unavailable", null);
        List<SubmitCommentCommand> commands = List.of(comment(1, "First"), comment(2, "Second"), comment(3, "Third"));

        List<Object> results = sendTogether(commands);

        results.forEach(result -> assertInstanceOf(StorageUnavailableException.class, result));
        assertEquals(1, transactions.started.get(), "the comments that waited behind the first did not wait for a "
                + "transaction of their own, which would time out again");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first commit go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the senders did not get that far within 10 s");
            }
            Thread.sleep(1);
        }
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.comment.FloodGuard;
import org.hrcities.platform.application.service.comment.SubmitCommentService;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

/**
 * Comments sent at once on PostgreSQL, stored as the site stores them there: together, up to 64 by
 * one transaction. Each accepted comment is stored exactly once with its arrival in the log, and of two
 * identical comments sent at the same moment exactly one is taken, whether they share a group or not.
 */
class PostgresCommentGroupsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void comments_sent_at_once_are_each_stored_once_and_a_duplicate_among_them_refused() throws Exception {
        StorageUnderTest storage = TestDatabases.postgres();
        Post post = PostFixtures.aPublishedPost("sent-together", NOW.minus(Duration.ofDays(1)));
        storage.transactions().inTransaction(() -> storage.posts().save(post));
        AtomicInteger transactions = new AtomicInteger();
        TransactionPort counted = new TransactionPort() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactions.incrementAndGet();
                return storage.transactions().inTransaction(work);
            }
        };
        SubmitCommentService service = new SubmitCommentService(storage.posts(), storage.comments(),
                storage.discussionSettings(), storage.moderationLog(), new FloodGuard(), counted, () -> NOW, 64);
        List<SubmitCommentCommand> commands = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            commands.add(comment(i, "Comment number " + i));
        }
        for (int i = 0; i < 20; i++) {
            // the same email and text twice: one of the two is a duplicate
            commands.add(comment(1000 + i, "Said twice " + i));
            commands.add(comment(1000 + i, "Said twice " + i));
        }
        Collections.shuffle(commands, new Random(7));

        ExecutorService senders = Executors.newFixedThreadPool(16);
        Map<String, Integer> outcomes = new TreeMap<>();
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (SubmitCommentCommand command : commands) {
                sent.add(senders.submit(() -> {
                    try {
                        SubmittedComment taken = service.submitComment(command);
                        return "taken " + taken.status();
                    } catch (DuplicateCommentException e) {
                        return "duplicate";
                    }
                }));
            }
            for (Future<String> outcome : sent) {
                outcomes.merge(outcome.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
        } finally {
            senders.shutdownNow();
        }

        assertEquals(20, outcomes.getOrDefault("duplicate", 0), outcomes.toString());
        long stored = storage.transactions().inTransaction(() -> storage.comments().countByStatus().values().stream()
                .mapToLong(Long::longValue).sum());
        assertEquals(180, stored, "every comment taken is stored once: " + outcomes);
        YearMonth month = YearMonth.from(NOW.atZone(ZoneOffset.UTC));
        long logged = storage.transactions().inTransaction(() -> storage.moderationLog().monthlyCounts(month, month))
                .stream().mapToLong(MonthlyModerationCounts::received).sum();
        assertEquals(180, logged, "each arrival logged once");
        assertTrue(transactions.get() < commands.size(), "comments shared transactions: " + transactions.get()
                + " for " + commands.size());
    }

    private static SubmitCommentCommand comment(int sender, String text) {
        Commenter commenter = new Commenter("Reader " + sender, EmailAddress.parse("reader" + sender + "@example.org"), null);
        return new SubmitCommentCommand(PostFixtures.ENGLISH, new Slug("sent-together"), commenter,
                new CommentText(text), null, false, "192.0." + (sender / 250) + "." + (sender % 250), Duration.ofSeconds(30));
    }
}

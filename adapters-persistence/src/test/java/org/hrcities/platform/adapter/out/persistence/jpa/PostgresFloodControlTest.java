package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.out.FloodControlContract;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.FloodControlPort.Admission;
import org.hrcities.platform.application.service.comment.SubmitCommentService;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The flood control that a cluster's members share through PostgreSQL: the port's contract with each
 * place a member of its own (a flood control of its own on the same database), the locks that make
 * one sender's simultaneous comments on several members come down to one, and what becomes of an
 * admission whose transaction is undone.
 */
class PostgresFloodControlTest {

    private static final Duration INTERVAL = Duration.ofSeconds(15);

    private JpaStorage storage;
    private final List<JpaFloodControl> members = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String sender = "address:" + UUID.randomUUID();

    @BeforeEach
    void openMembers() {
        storage = TestDatabases.postgresStorage();
        for (int i = 0; i < 3; i++) {
            // without purges in the background, so that each test sees exactly the rows it made
            members.add(storage.anotherFloodControl(false));
        }
    }

    @AfterEach
    void closeMembers() {
        members.forEach(JpaFloodControl::close);
    }

    @Nested
    class FloodControlContractOnPostgres extends FloodControlContract {
        @Override
        protected FloodControlPort arrivingAt(int n) {
            return members.get(n);
        }
    }

    @Test
    void the_storage_offers_it_on_postgresql() {
        assertTrue(storage.floodControl().isPresent());
    }

    @Test
    void an_admission_whose_transaction_is_undone_leaves_no_record() {
        assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
            assertTrue(members.get(0).admit(List.of(sender), now, INTERVAL).refusedFor().isEmpty());
            throw new IllegalStateException("the comment's write failed");
        }));
        assertEquals(Optional.empty(), members.get(1).admit(List.of(sender), now.plusSeconds(1), INTERVAL).refusedFor());
    }

    @Test
    void a_comment_waits_for_the_transaction_holding_its_senders_key_then_is_refused_if_that_one_commits()
            throws Exception {
        assertEquals(Optional.of(true), secondAdmissionWhileTheFirstIsOpen(true));
    }

    @Test
    void a_comment_waits_for_the_transaction_holding_its_senders_key_then_is_admitted_if_that_one_is_undone()
            throws Exception {
        assertEquals(Optional.of(false), secondAdmissionWhileTheFirstIsOpen(false));
    }

    /**
     * Member 0 admits the sender in a transaction that stays open; member 1 admits the same sender
     * meanwhile, and must still be waiting when member 0's transaction ends.
     *
     * @return whether member 1's admission was refused
     */
    private Optional<Boolean> secondAdmissionWhileTheFirstIsOpen(boolean commitFirst) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch admitted = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        try {
            Future<?> first = threads.submit(() -> {
                try {
                    storage.transactions().inTransaction(() -> {
                        members.get(0).admit(List.of(sender, "email:" + sender), now, INTERVAL);
                        admitted.countDown();
                        await(end);
                        if (!commitFirst) {
                            throw new IllegalStateException("undone");
                        }
                        return null;
                    });
                } catch (IllegalStateException undone) {
                    // as asked
                }
            });
            assertTrue(admitted.await(10, TimeUnit.SECONDS));
            Future<Boolean> second = threads.submit(() -> members.get(1)
                    .admit(List.of("address:other-" + sender, "email:" + sender), now.plusSeconds(1), INTERVAL)
                    .refusedFor().isPresent());
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second waits for the first's transaction");
            end.countDown();
            first.get(10, TimeUnit.SECONDS);
            return Optional.of(second.get(10, TimeUnit.SECONDS));
        } finally {
            end.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void taken_back_in_its_transaction_the_admission_is_gone_and_once_that_ended_nothing_is_taken_back() {
        Admission later = storage.transactions().inTransaction(() -> {
            Admission first = members.get(0).admit(List.of(sender), now, INTERVAL);
            first.release();
            Admission second = members.get(0).admit(List.of(sender), now.plusSeconds(1), INTERVAL);
            assertEquals(Optional.empty(), second.refusedFor(), "the first was taken back");
            return second;
        });
        later.release();
        assertTrue(members.get(1).admit(List.of(sender), now.plusSeconds(2), INTERVAL).refusedFor().isPresent(),
                "the committed admission stands");
    }

    @Test
    void a_purge_deletes_the_admissions_that_ran_out_and_keeps_the_others() throws SQLException {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        for (int i = 0; i < 1_200; i++) {
            members.get(i % 3).admit(List.of("address:old-" + i), hourAgo, INTERVAL);
        }
        members.get(0).admit(List.of(sender), now, INTERVAL);
        assertEquals(1_201, rows());

        assertEquals(1_200, members.get(1).purge(now.minus(INTERVAL).toEpochMilli()));

        assertEquals(1, rows());
        assertTrue(members.get(2).admit(List.of(sender), now.plusSeconds(1), INTERVAL).refusedFor().isPresent());
    }

    @Test
    void a_member_purges_in_the_background_now_and_then() throws Exception {
        for (int i = 0; i < 100; i++) {
            members.get(0).admit(List.of("address:old-" + i), now.minus(Duration.ofHours(1)), INTERVAL);
        }
        try (JpaFloodControl purging = storage.anotherFloodControl(true)) {
            purging.admit(List.of(sender), now, INTERVAL);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (rows() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertEquals(1, rows(), "the admissions that ran out are gone, the new one stays");
    }

    @Test
    void twenty_comments_from_one_sender_over_three_members_storing_in_groups_are_taken_once() throws Exception {
        storage.transactions().inTransaction(() -> storage.posts().save(
                PostFixtures.aPublishedPost("flooded", now.minus(Duration.ofDays(1)))));
        List<SubmitCommentService> services = new ArrayList<>();
        for (JpaFloodControl member : members) {
            services.add(new SubmitCommentService(storage.posts(), storage.comments(), storage.discussionSettings(),
                    storage.moderationLog(), member, storage.transactions(), () -> now, 64));
        }
        ExecutorService senders = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new TreeMap<>();
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                SubmitCommentService service = services.get(i % services.size());
                // half from one sender (one email, twenty addresses), half from twenty senders of their own
                String email = i % 2 == 0 ? "flooder@example.org" : "reader" + i + "@example.org";
                SubmitCommentCommand command = new SubmitCommentCommand(PostFixtures.ENGLISH, new Slug("flooded"),
                        new Commenter("Reader " + i, EmailAddress.parse(email), null), new CommentText("Comment " + i),
                        null, false, "198.51.100." + i, Duration.ofSeconds(30));
                sent.add(senders.submit(() -> {
                    start.await();
                    try {
                        service.submitComment(command);
                        return email.startsWith("flooder") ? "flooder taken" : "reader taken";
                    } catch (CommentFloodException e) {
                        return email.startsWith("flooder") ? "flooder refused" : "reader refused";
                    }
                }));
            }
            start.countDown();
            for (Future<String> outcome : sent) {
                outcomes.merge(outcome.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
        } finally {
            senders.shutdownNow();
        }
        assertEquals(Map.of("flooder taken", 1, "flooder refused", 19, "reader taken", 20), outcomes);
        long stored = storage.transactions().inTransaction(() -> storage.comments().countByStatus().values().stream()
                .mapToLong(Long::longValue).sum());
        assertEquals(21, stored);
    }

    private long rows() throws SQLException {
        try (Connection connection = storage.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM flood_admissions")) {
            count.next();
            long rows = count.getLong(1);
            connection.rollback();
            return rows;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

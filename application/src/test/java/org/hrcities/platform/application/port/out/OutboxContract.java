package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxRepository} does. */
public abstract class OutboxContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    protected abstract MailStorageUnderTest emptyStorage();

    private OutboxRepository outbox;
    private TransactionPort transactions;

    @BeforeEach
    void open() {
        MailStorageUnderTest storage = emptyStorage();
        outbox = storage.outbox();
        transactions = storage.transactions();
    }

    private static OutgoingMail queued(Instant at, String subject) {
        return OutgoingMail.queue(MailId.generate(), new MailMessage(MailKind.COMMENT_REPLY,
                new EmailAddress("Reader.One@example.org"), subject, "Line one\n\nLine ü two",
                URI.create("https://news.example.org/mail/unsubscribe/abc.def")), at);
    }

    private OutgoingMail stored(OutgoingMail mail) {
        transactions.inTransaction(() -> outbox.save(mail));
        return transactions.inTransaction(() -> outbox.findById(mail.id())).orElseThrow();
    }

    @Test
    void keeps_every_part_of_a_message_as_it_was_queued() {
        OutgoingMail mail = queued(T0.plusNanos(123_000), "New reply to your comment on “Cities & rights”");
        OutgoingMail read = stored(mail);
        assertEquals(mail.message(), read.message());
        assertEquals(mail.queuedAt(), read.queuedAt());
        assertEquals(DeliveryState.QUEUED, read.state());
        assertEquals(0, read.attempts());
        assertEquals(mail.nextAttemptAt(), read.nextAttemptAt());
        assertEquals(1, read.version());
        OutgoingMail plain = OutgoingMail.queue(MailId.generate(), new MailMessage(MailKind.ADDRESS_CONFIRMATION,
                new EmailAddress("b@example.org"), "Confirm", "Follow the link", null), T0);
        assertEquals(plain.message(), stored(plain).message(), "no unsubscribe address");
    }

    @Test
    void stores_deliveries_and_failures_with_their_times_and_errors() {
        OutgoingMail sent = stored(queued(T0, "sent"));
        sent.delivered(T0.plusSeconds(3));
        transactions.inTransaction(() -> outbox.save(sent));
        OutgoingMail failing = stored(queued(T0, "failing"));
        failing.attemptFailed(T0.plusSeconds(4), "421 try later", false);
        transactions.inTransaction(() -> outbox.save(failing));
        OutgoingMail refused = stored(queued(T0, "refused"));
        refused.attemptFailed(T0.plusSeconds(5), "550 no such user", true);
        transactions.inTransaction(() -> outbox.save(refused));

        OutgoingMail readSent = transactions.inTransaction(() -> outbox.findById(sent.id())).orElseThrow();
        assertEquals(DeliveryState.SENT, readSent.state());
        assertEquals(T0.plusSeconds(3), readSent.sentAt().orElseThrow());
        OutgoingMail readFailing = transactions.inTransaction(() -> outbox.findById(failing.id())).orElseThrow();
        assertEquals(DeliveryState.QUEUED, readFailing.state());
        assertEquals(1, readFailing.attempts());
        assertEquals(T0.plusSeconds(4).plus(Duration.ofMinutes(1)), readFailing.nextAttemptAt());
        assertEquals("421 try later", readFailing.lastError().orElseThrow());
        assertEquals(Map.of(DeliveryState.QUEUED, 1L, DeliveryState.SENT, 1L, DeliveryState.FAILED, 1L),
                transactions.inTransaction(outbox::countByState));
    }

    @Test
    void refuses_a_change_made_to_a_version_that_moved_on() {
        OutgoingMail first = stored(queued(T0, "one"));
        OutgoingMail second = transactions.inTransaction(() -> outbox.findById(first.id())).orElseThrow();
        first.delivered(T0);
        transactions.inTransaction(() -> outbox.save(first));
        second.attemptFailed(T0, "late", false);
        assertThrows(ConcurrentUpdateException.class, () -> transactions.inTransaction(() -> outbox.save(second)));
        assertThrows(ConcurrentUpdateException.class, () -> transactions.inTransaction(
                () -> outbox.save(OutgoingMail.reconstitute(first.id(), first.message(), T0, DeliveryState.QUEUED, 0, T0,
                        null, null, 0))), "a new message with a taken id");
    }

    @Test
    void a_message_saved_in_a_transaction_that_fails_is_not_kept() {
        OutgoingMail mail = queued(T0, "undone");
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            outbox.save(mail);
            throw new IllegalStateException("the comment that caused it was not stored");
        }));
        assertTrue(transactions.inTransaction(() -> outbox.findById(mail.id())).isEmpty());
    }

    @Test
    void claims_the_due_messages_longest_due_first_and_not_again_before_the_lease_ends() {
        OutgoingMail oldest = stored(queued(T0, "oldest"));
        OutgoingMail middle = stored(queued(T0.plusSeconds(1), "middle"));
        OutgoingMail newest = stored(queued(T0.plusSeconds(2), "newest"));
        stored(queued(T0.plusSeconds(60), "not yet due"));

        Instant now = T0.plusSeconds(10);
        List<OutgoingMail> claimed = transactions.inTransaction(() -> outbox.claimDue(now, LEASE, 2));
        assertEquals(List.of(oldest.id(), middle.id()), claimed.stream().map(OutgoingMail::id).toList());
        assertEquals(now.plus(LEASE), claimed.get(0).nextAttemptAt());
        assertEquals(2, claimed.get(0).version(), "claimed at a new version");

        List<OutgoingMail> next = transactions.inTransaction(() -> outbox.claimDue(now.plusSeconds(1), LEASE, 10));
        assertEquals(List.of(newest.id()), next.stream().map(OutgoingMail::id).toList());
        assertEquals(List.of(), transactions.inTransaction(() -> outbox.claimDue(now.plusSeconds(2), LEASE, 10)));

        List<OutgoingMail> afterLease = transactions.inTransaction(() -> outbox.claimDue(now.plus(LEASE).plusSeconds(50),
                LEASE, 10));
        assertEquals(4, afterLease.size(), "claims whose worker never came back are due again, with the late one");

        OutgoingMail mine = afterLease.get(0);
        mine.delivered(now.plus(LEASE).plusSeconds(51));
        transactions.inTransaction(() -> outbox.save(mine));
        assertEquals(DeliveryState.SENT, transactions.inTransaction(() -> outbox.findById(mine.id())).orElseThrow().state(),
                "the claimed version is the one stored");
    }

    @Test
    void of_workers_claiming_at_once_each_message_goes_to_exactly_one() throws Exception {
        List<MailId> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(stored(queued(T0.plusMillis(i), "message " + i)).id());
        }
        int workers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<MailId> claimed = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        try {
                            transactions.inTransaction(() -> outbox.claimDue(T0.plusSeconds(5), LEASE, 3))
                                    .forEach(mail -> claimed.add(mail.id()));
                        } catch (ConcurrentUpdateException contended) {
                            // a storage may refuse a claim that met another's: the messages stay due
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            // never interrupt a worker in the middle of a write: an interrupted file channel closes H2's store
            pool.shutdown();
            pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        Set<MailId> distinct = new HashSet<>(claimed);
        assertEquals(claimed.size(), distinct.size(), "a message claimed twice");
        assertEquals(new HashSet<>(all), distinct, "every due message claimed");
    }

    @Test
    void lists_a_state_newest_first_in_pages() {
        List<MailId> failed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OutgoingMail mail = stored(queued(T0.plusSeconds(i), "failed " + i));
            mail.attemptFailed(T0.plusSeconds(30), "550 refused", true);
            transactions.inTransaction(() -> outbox.save(mail));
            failed.add(0, mail.id());
        }
        stored(queued(T0.plusSeconds(9), "queued"));
        Page<OutgoingMail> first = transactions.inTransaction(() -> outbox.findByState(DeliveryState.FAILED,
                new PageRequest(1, 2)));
        assertEquals(5, first.totalItems());
        assertEquals(failed.subList(0, 2), first.items().stream().map(OutgoingMail::id).toList());
        Page<OutgoingMail> last = transactions.inTransaction(() -> outbox.findByState(DeliveryState.FAILED,
                new PageRequest(3, 2)));
        assertEquals(failed.subList(4, 5), last.items().stream().map(OutgoingMail::id).toList());
        assertEquals(0, transactions.inTransaction(() -> outbox.findByState(DeliveryState.SENT, PageRequest.first(10)))
                .totalItems());
    }

    @Test
    void forgets_messages_sent_before_a_time_and_keeps_the_others() {
        OutgoingMail old = stored(queued(T0, "old"));
        old.delivered(T0.plusSeconds(1));
        transactions.inTransaction(() -> outbox.save(old));
        OutgoingMail recent = stored(queued(T0, "recent"));
        recent.delivered(T0.plus(Duration.ofDays(40)));
        transactions.inTransaction(() -> outbox.save(recent));
        OutgoingMail waiting = stored(queued(T0, "waiting"));
        OutgoingMail failed = stored(queued(T0, "failed"));
        failed.attemptFailed(T0, "550", true);
        transactions.inTransaction(() -> outbox.save(failed));

        assertEquals(1, transactions.inTransaction(() -> outbox.deleteSentBefore(T0.plus(Duration.ofDays(30)))));
        assertTrue(transactions.inTransaction(() -> outbox.findById(old.id())).isEmpty());
        for (OutgoingMail kept : List.of(recent, waiting, failed)) {
            assertTrue(transactions.inTransaction(() -> outbox.findById(kept.id())).isPresent(), kept.message().subject());
        }
    }

    @Test
    void forgets_every_message_to_an_address_whatever_its_state_and_case() {
        OutgoingMail queued = stored(queued(T0, "queued"));
        OutgoingMail sent = stored(queued(T0, "sent"));
        sent.delivered(T0);
        transactions.inTransaction(() -> outbox.save(sent));
        OutgoingMail other = OutgoingMail.queue(MailId.generate(), new MailMessage(MailKind.COMMENT_REPLY,
                new EmailAddress("someone.else@example.org"), "kept", "text", null), T0);
        stored(other);
        assertEquals(2, transactions.inTransaction(() -> outbox.deleteAllTo(new EmailAddress("reader.one@example.org"))));
        assertTrue(transactions.inTransaction(() -> outbox.findById(queued.id())).isEmpty());
        assertTrue(transactions.inTransaction(() -> outbox.findById(sent.id())).isEmpty());
        assertTrue(transactions.inTransaction(() -> outbox.findById(other.id())).isPresent());
    }
}

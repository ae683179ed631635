package org.hrcities.platform.application.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.mail.DeliveryRound;
import org.hrcities.platform.application.port.out.MailSenderPort;
import org.hrcities.platform.application.port.out.MailSenderPort.MailDeliveryException;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

class MailDeliveryServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final FakeOutbox outbox = new FakeOutbox();
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final List<String> delivered = new ArrayList<>();
    private final RecordingTransactions transactions = new RecordingTransactions();

    private MailDeliveryService serviceSending(MailSenderPort sender) {
        return new MailDeliveryService(outbox, sender, transactions, now::get);
    }

    private MailId queue(String subject, Instant at) {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), new MailMessage(MailKind.COMMENT_PUBLISHED,
                new EmailAddress("reader@example.org"), subject, "Your comment is published.", null), at);
        outbox.save(mail);
        return mail.id();
    }

    private OutgoingMail stored(MailId id) {
        return outbox.findById(id).orElseThrow();
    }

    @Test
    void sends_every_due_message_once_and_keeps_it_as_sent() {
        MailId first = queue("first", T0);
        MailId second = queue("second", T0);
        MailId later = queue("later", T0.plusSeconds(60));
        DeliveryRound round = serviceSending((id, message) -> delivered.add(message.subject())).deliverDue(100);
        assertEquals(new DeliveryRound(2, 0, 0), round);
        assertEquals(List.of("first", "second"), delivered);
        assertEquals(DeliveryState.SENT, stored(first).state());
        assertEquals(DeliveryState.SENT, stored(second).state());
        assertEquals(DeliveryState.QUEUED, stored(later).state());
        assertEquals(DeliveryRound.NOTHING, serviceSending((id, message) -> delivered.add(message.subject())).deliverDue(100));
        assertEquals(2, delivered.size(), "nothing sent twice");
    }

    @Test
    void a_failed_attempt_is_tried_again_later_and_a_refusal_for_good_is_given_up() {
        MailId busy = queue("busy", T0);
        MailId unknown = queue("unknown", T0);
        MailSenderPort sender = (id, message) -> {
            throw new MailDeliveryException(message.subject().equals("busy") ? "421 4.3.2 busy" : "550 5.1.1 no such user",
                    message.subject().equals("unknown"), null);
        };
        assertEquals(new DeliveryRound(0, 1, 1), serviceSending(sender).deliverDue(100));
        assertEquals(DeliveryState.QUEUED, stored(busy).state());
        assertEquals(T0.plus(Duration.ofMinutes(1)), stored(busy).nextAttemptAt());
        assertEquals("421 4.3.2 busy", stored(busy).lastError().orElseThrow());
        assertEquals(DeliveryState.FAILED, stored(unknown).state());

        now.set(T0.plus(Duration.ofMinutes(1)));
        assertEquals(new DeliveryRound(1, 0, 0), serviceSending((id, message) -> delivered.add(message.subject()))
                .deliverDue(100));
        assertEquals(List.of("busy"), delivered);
    }

    @Test
    void a_sender_that_breaks_on_one_message_does_not_stop_the_others() {
        MailId broken = queue("broken", T0);
        MailId fine = queue("fine", T0.plusMillis(1));
        now.set(T0.plusSeconds(1));
        MailSenderPort sender = (id, message) -> {
            if (message.subject().equals("broken")) {
                throw new IllegalStateException("encoder fault");
            }
            delivered.add(message.subject());
        };
        assertEquals(new DeliveryRound(1, 1, 0), serviceSending(sender).deliverDue(100));
        assertEquals(DeliveryState.QUEUED, stored(broken).state());
        assertEquals(1, stored(broken).attempts());
        assertEquals("IllegalStateException: encoder fault", stored(broken).lastError().orElseThrow());
        assertEquals(DeliveryState.SENT, stored(fine).state());
    }

    @Test
    void attempts_at_most_the_messages_asked_for_in_short_transactions() {
        for (int i = 0; i < 12; i++) {
            queue("message " + i, T0.plusMillis(i));
        }
        now.set(T0.plusSeconds(1));
        assertEquals(new DeliveryRound(7, 0, 0), serviceSending((id, message) -> delivered.add(message.subject()))
                .deliverDue(7));
        assertEquals(List.of("message 0", "message 1", "message 2", "message 3", "message 4", "message 5", "message 6"),
                delivered);
        assertEquals(7 + 7, transactions.started(), "a claim and an outcome per message, each its own transaction");
    }

    @Test
    void the_same_id_goes_with_every_attempt_of_a_message() {
        MailId id = queue("retried", T0);
        List<MailId> seen = new ArrayList<>();
        serviceSending((sent, message) -> {
            seen.add(sent);
            throw new MailDeliveryException("421 later", false, null);
        }).deliverDue(1);
        now.set(T0.plus(Duration.ofMinutes(1)));
        serviceSending((sent, message) -> seen.add(sent)).deliverDue(1);
        assertEquals(List.of(id, id), seen);
    }
}

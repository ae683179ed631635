package org.hrcities.platform.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static MailMessage message(String subject) {
        return new MailMessage(MailKind.COMMENT_PUBLISHED, new EmailAddress("reader@example.org"), subject, "Hello",
                URI.create("https://news.example.org/mail/unsubscribe/t"));
    }

    @Test
    void a_queued_message_is_due_at_once() {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), message("Published"), T0);
        assertTrue(mail.isDue(T0));
        assertEquals(DeliveryState.QUEUED, mail.state());
        assertEquals(0, mail.attempts());
    }

    @Test
    void waits_longer_after_each_failure_and_gives_up_after_the_last_attempt() {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), message("Published"), T0);
        Instant at = T0;
        List<Long> pauses = new java.util.ArrayList<>();
        for (int attempt = 1; attempt < OutgoingMail.MAX_ATTEMPTS; attempt++) {
            mail.attemptFailed(at, "421 busy", false);
            assertEquals(DeliveryState.QUEUED, mail.state());
            pauses.add(Duration.between(at, mail.nextAttemptAt()).toMinutes());
            assertFalse(mail.isDue(mail.nextAttemptAt().minusMillis(1)));
            at = mail.nextAttemptAt();
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L), pauses);
        mail.attemptFailed(at, "421 busy", false);
        assertEquals(DeliveryState.FAILED, mail.state());
        assertEquals(OutgoingMail.MAX_ATTEMPTS, mail.attempts());
        assertFalse(mail.isDue(at.plus(Duration.ofDays(365))), "a failed message waits for an administrator");
        assertEquals(Duration.ofHours(6), OutgoingMail.pauseAfter(40), "pauses stop growing at six hours");
    }

    @Test
    void a_permanent_refusal_gives_up_at_once_and_an_administrator_may_retry() {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), message("Published"), T0);
        mail.attemptFailed(T0, "550 5.1.1 no such user\r\n  here", true);
        assertEquals(DeliveryState.FAILED, mail.state());
        assertEquals("550 5.1.1 no such user here", mail.lastError().orElseThrow(), "kept on one line");
        assertThrows(IllegalStateException.class, () -> mail.delivered(T0));
        mail.retry(T0.plusSeconds(60));
        assertTrue(mail.isDue(T0.plusSeconds(60)));
        assertEquals(0, mail.attempts());
        mail.delivered(T0.plusSeconds(61));
        assertEquals(DeliveryState.SENT, mail.state());
        assertEquals(T0.plusSeconds(61), mail.sentAt().orElseThrow());
        assertTrue(mail.lastError().isEmpty());
        assertThrows(IllegalStateException.class, () -> mail.retry(T0), "a sent message is not retried");
    }

    @Test
    void a_claim_moves_the_next_attempt_past_its_lease_and_only_a_due_message_is_claimed() {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), message("Published"), T0.plusSeconds(10));
        assertThrows(IllegalStateException.class, () -> mail.claim(T0, T0.plusSeconds(60)), "not due yet");
        mail.claim(T0.plusSeconds(10), T0.plusSeconds(190));
        assertEquals(T0.plusSeconds(190), mail.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> mail.claim(T0.plusSeconds(20), T0.plusSeconds(200)));
    }

    @Test
    void an_error_is_kept_short() {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), message("Published"), T0);
        mail.attemptFailed(T0, "x".repeat(2_000), false);
        assertEquals(OutgoingMail.MAX_ERROR_LENGTH, mail.lastError().orElseThrow().length());
    }

    @Test
    void a_subject_cannot_carry_a_header() {
        for (String subject : List.of("Reply\r\nBcc: victim@example.org", "Reply\nBcc: x@example.org", "Reply\rX: y",
                "Tab\there", "")) {
            assertThrows(InvalidValueException.class, () -> message(subject), subject);
        }
        assertThrows(InvalidValueException.class, () -> new MailMessage(MailKind.COMMENT_REPLY,
                new EmailAddress("a@example.org"), "Subject", "text", URI.create("javascript:alert(1)")));
        assertEquals("MailMessage[COMMENT_PUBLISHED, Published]", message("Published").toString(),
                "never prints the address");
    }
}

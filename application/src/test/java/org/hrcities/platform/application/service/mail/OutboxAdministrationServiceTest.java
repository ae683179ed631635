package org.hrcities.platform.application.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.mail.MailNotFailedException;
import org.hrcities.platform.application.port.in.mail.MailNotFoundException;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class OutboxAdministrationServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final FakeOutbox outbox = new FakeOutbox();
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private Instant lastRun;
    private final ScheduledJobsPort jobs = (job, at, every) -> {
        if (lastRun != null && lastRun.plus(every).isAfter(at)) {
            return false;
        }
        lastRun = at;
        return true;
    };
    private final OutboxAdministrationService service = new OutboxAdministrationService(outbox,
            new MailSettings(true, URI.create("https://news.example.org")), jobs, new RecordingTransactions(), now::get);

    private OutgoingMail stored(DeliveryState state, Instant at) {
        OutgoingMail mail = OutgoingMail.queue(MailId.generate(), new MailMessage(MailKind.COMMENT_REPLY,
                new EmailAddress("a@example.org"), "Reply", "Text", null), at);
        if (state == DeliveryState.SENT) {
            mail.delivered(at);
        } else if (state == DeliveryState.FAILED) {
            mail.attemptFailed(at, "550 no", true);
        }
        outbox.save(mail);
        return outbox.findById(mail.id()).orElseThrow();
    }

    @Test
    void a_failed_message_is_retried_at_once_and_nothing_else_is() {
        OutgoingMail failed = stored(DeliveryState.FAILED, T0);
        OutgoingMail sent = stored(DeliveryState.SENT, T0);
        service.retryMail(failed.id());
        OutgoingMail again = outbox.findById(failed.id()).orElseThrow();
        assertEquals(DeliveryState.QUEUED, again.state());
        assertEquals(T0, again.nextAttemptAt());
        assertThrows(MailNotFailedException.class, () -> service.retryMail(sent.id()));
        assertThrows(MailNotFailedException.class, () -> service.retryMail(failed.id()), "queued now");
        assertThrows(MailNotFoundException.class, () -> service.retryMail(MailId.generate()));
    }

    @Test
    void lists_a_state_with_the_counts_of_all() {
        stored(DeliveryState.FAILED, T0);
        stored(DeliveryState.SENT, T0);
        stored(DeliveryState.SENT, T0);
        var list = service.listOutgoingMail(DeliveryState.SENT, PageRequest.first(10));
        assertEquals(2, list.page().items().size());
        assertEquals(1L, list.counts().get(DeliveryState.FAILED));
        assertEquals(0L, list.counts().get(DeliveryState.QUEUED));
        assertEquals(true, list.mailEnabled());
    }

    @Test
    void forgets_messages_sent_more_than_thirty_days_ago_once_an_hour() {
        OutgoingMail old = stored(DeliveryState.SENT, T0);
        OutgoingMail failed = stored(DeliveryState.FAILED, T0);
        now.set(T0.plus(Duration.ofDays(31)));
        OutgoingMail recent = stored(DeliveryState.SENT, now.get().minus(Duration.ofDays(1)));
        assertEquals(1, service.forgetSentMail());
        assertEquals(false, outbox.findById(old.id()).isPresent());
        assertEquals(true, outbox.findById(failed.id()).isPresent(), "a failed message waits for an administrator");
        assertEquals(true, outbox.findById(recent.id()).isPresent());
        stored(DeliveryState.SENT, T0);
        assertEquals(0, service.forgetSentMail(), "not again within the hour");
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.hrcities.platform.domain.mail.OutgoingMail;

/** Maps a message of the outbox to its row and back. */
final class OutgoingMailJpaMapper {

    private OutgoingMailJpaMapper() {
    }

    static void copyInto(OutgoingMail mail, OutgoingMailJpaEntity row) {
        MailMessage message = mail.message();
        row.kind = message.kind().name();
        row.recipient = message.to().value();
        row.subject = message.subject();
        row.body = message.text();
        row.unsubscribe = message.unsubscribeIfAny().map(URI::toString).orElse(null);
        row.queuedAt = utc(mail.queuedAt());
        row.state = mail.state().name();
        row.attempts = mail.attempts();
        row.nextAttemptAt = utc(mail.nextAttemptAt());
        row.sentAt = mail.sentAt().map(OutgoingMailJpaMapper::utc).orElse(null);
        row.lastError = mail.lastError().orElse(null);
    }

    static OutgoingMail toDomain(OutgoingMailJpaEntity row) {
        MailMessage message = new MailMessage(MailKind.valueOf(row.kind), new EmailAddress(row.recipient), row.subject,
                row.body, row.unsubscribe == null ? null : URI.create(row.unsubscribe));
        return OutgoingMail.reconstitute(new MailId(row.id), message, row.queuedAt.toInstant(),
                DeliveryState.valueOf(row.state), row.attempts, row.nextAttemptAt.toInstant(),
                row.sentAt == null ? null : row.sentAt.toInstant(), row.lastError, row.version);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

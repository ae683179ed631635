package org.hrcities.platform.adapter.in.web.api.mail;

import java.time.Instant;
import org.hrcities.platform.domain.mail.OutgoingMail;

/**
 * A message of the outbox as administrators see it: to whom, what, and how its delivery went. The
 * body is left out (it may hold a reader's comment); the subject says what it was.
 */
public record OutgoingMailResponse(String id, String kind, String to, String subject, String state, int attempts,
                                   Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

    public static OutgoingMailResponse from(OutgoingMail mail) {
        return new OutgoingMailResponse(mail.id().toString(), mail.message().kind().name().toLowerCase(java.util.Locale.ROOT),
                mail.message().to().value(), mail.message().subject(), mail.state().name().toLowerCase(java.util.Locale.ROOT),
                mail.attempts(), mail.queuedAt(), mail.state() == org.hrcities.platform.domain.mail.DeliveryState.QUEUED
                        ? mail.nextAttemptAt() : null, mail.sentAt().orElse(null), mail.lastError().orElse(null));
    }
}

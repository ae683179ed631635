package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;

/** Maps a subscriber to its row and back. */
final class MailSubscriberJpaMapper {

    private MailSubscriberJpaMapper() {
    }

    static void copyInto(MailSubscriber subscriber, MailSubscriberJpaEntity row) {
        row.email = subscriber.email().value();
        row.createdAt = utc(subscriber.createdAt());
        row.confirmationSentAt = subscriber.confirmationSentAt().map(MailSubscriberJpaMapper::utc).orElse(null);
        row.confirmedAt = subscriber.confirmedAt().map(MailSubscriberJpaMapper::utc).orElse(null);
        row.unsubscribedAt = subscriber.unsubscribedAt().map(MailSubscriberJpaMapper::utc).orElse(null);
        row.moderationDigest = subscriber.moderationDigest();
    }

    static MailSubscriber toDomain(MailSubscriberJpaEntity row) {
        return MailSubscriber.reconstitute(new SubscriberId(row.id), new EmailAddress(row.email), row.createdAt.toInstant(),
                instant(row.confirmationSentAt), instant(row.confirmedAt), instant(row.unsubscribedAt),
                row.moderationDigest, row.version);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

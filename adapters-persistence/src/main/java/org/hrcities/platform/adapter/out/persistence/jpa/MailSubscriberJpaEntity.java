package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code mail_subscribers}: an address the site may write to, and what its owner agreed to. */
@Entity
@Table(name = "mail_subscribers")
public class MailSubscriberJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "confirmation_sent_at")
    OffsetDateTime confirmationSentAt;

    @Column(name = "confirmed_at")
    OffsetDateTime confirmedAt;

    @Column(name = "unsubscribed_at")
    OffsetDateTime unsubscribedAt;

    @Column(name = "moderation_digest", nullable = false)
    boolean moderationDigest;

    protected MailSubscriberJpaEntity() {
    }

    MailSubscriberJpaEntity(UUID id) {
        this.id = id;
    }
}

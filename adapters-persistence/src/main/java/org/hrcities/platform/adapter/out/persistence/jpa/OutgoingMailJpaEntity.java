package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code mail_outbox}: one message and where its delivery stands. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMailJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "kind", nullable = false)
    String kind;

    @Column(name = "recipient", nullable = false)
    String recipient;

    @Column(name = "subject", nullable = false)
    String subject;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "unsubscribe")
    String unsubscribe;

    @Column(name = "queued_at", nullable = false)
    OffsetDateTime queuedAt;

    @Column(name = "state", nullable = false)
    String state;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    OffsetDateTime sentAt;

    @Column(name = "last_error")
    String lastError;

    protected OutgoingMailJpaEntity() {
    }

    OutgoingMailJpaEntity(UUID id) {
        this.id = id;
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code data_requests}. */
@Entity
@Table(name = "data_requests")
public class DataRequestJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "kind", nullable = false, updatable = false)
    String kind;

    @Column(name = "email", nullable = false, updatable = false)
    String email;

    /** The email in lower case (Locale.ROOT), for the limit per address. */
    @Column(name = "email_key", nullable = false, updatable = false)
    String emailKey;

    @Column(name = "origin", nullable = false, updatable = false)
    String origin;

    @Column(name = "requested_at", nullable = false, updatable = false)
    OffsetDateTime requestedAt;

    @Column(name = "sender_address")
    String senderAddress;

    @Column(name = "confirmed_at")
    OffsetDateTime confirmedAt;

    @Column(name = "completed_at")
    OffsetDateTime completedAt;

    @Column(name = "anonymised_comments", nullable = false)
    int anonymisedComments;

    @Column(name = "deleted_comments", nullable = false)
    int deletedComments;

    protected DataRequestJpaEntity() {
    }

    DataRequestJpaEntity(UUID id) {
        this.id = id;
    }
}

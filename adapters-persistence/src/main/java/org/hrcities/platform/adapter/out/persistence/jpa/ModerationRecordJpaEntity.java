package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code moderation_log}. Entries are never changed, so they carry no version; the database
 * numbers them ({@code seq}) in the order they are appended.
 */
@Entity
@Table(name = "moderation_log")
public class ModerationRecordJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    /** Given by the database on insert. */
    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    @Column(name = "comment_id", nullable = false, updatable = false)
    UUID commentId;

    @Column(name = "post_id", nullable = false, updatable = false)
    UUID postId;

    @Column(name = "logged_at", nullable = false, updatable = false)
    OffsetDateTime loggedAt;

    @Column(name = "month_utc", nullable = false, updatable = false)
    String monthUtc;

    @Column(name = "actor_kind", nullable = false, updatable = false)
    String actorKind;

    @Column(name = "actor_id", nullable = false, updatable = false)
    String actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    String actorName;

    @Column(name = "action_taken", nullable = false, updatable = false)
    String action;

    @Column(name = "from_status", updatable = false)
    String fromStatus;

    @Column(name = "to_status", updatable = false)
    String toStatus;

    @Column(name = "reason", updatable = false)
    String reason;

    protected ModerationRecordJpaEntity() {
    }

    ModerationRecordJpaEntity(UUID id) {
        this.id = id;
    }
}

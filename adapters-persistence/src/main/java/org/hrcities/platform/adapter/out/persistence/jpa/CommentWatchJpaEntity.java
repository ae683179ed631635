package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code comment_watches}: the subscriber who asked for news of a comment. Never changed, so no version. */
@Entity
@Table(name = "comment_watches")
public class CommentWatchJpaEntity {

    @Id
    @Column(name = "comment_id")
    UUID commentId;

    @Column(name = "subscriber_id", nullable = false)
    UUID subscriberId;

    protected CommentWatchJpaEntity() {
    }

    CommentWatchJpaEntity(UUID commentId, UUID subscriberId) {
        this.commentId = commentId;
        this.subscriberId = subscriberId;
    }
}

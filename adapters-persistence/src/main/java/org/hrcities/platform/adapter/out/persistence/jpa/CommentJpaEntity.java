package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code comments}. The post and the parent are referred to by id, as the domain does. */
@Entity
@Table(name = "comments")
public class CommentJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "post_id", nullable = false, updatable = false)
    UUID postId;

    /**
     * Text rather than UUID: the EclipseLink in Payara Micro hands a NULL to its UUID converter, which
     * fails; the database column is a UUID all the same.
     */
    @Column(name = "parent_id", updatable = false)
    String parentId;

    @Column(name = "depth", nullable = false, updatable = false)
    int depth;

    @Column(name = "author_name", nullable = false)
    String authorName;

    /** Null for an erased comment. */
    @Column(name = "author_email")
    String authorEmail;

    /** The email in lower case (Locale.ROOT), for the lookups that ignore its case; null for an erased comment. */
    @Column(name = "author_email_key")
    String authorEmailKey;

    @Column(name = "author_url")
    String authorUrl;

    @Column(name = "content", nullable = false)
    String content;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    OffsetDateTime submittedAt;

    @Column(name = "sender_address")
    String senderAddress;

    @Column(name = "user_agent")
    String userAgent;

    @Column(name = "status", nullable = false)
    String status;

    protected CommentJpaEntity() {
    }

    CommentJpaEntity(UUID id) {
        this.id = id;
    }
}

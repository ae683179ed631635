package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code comment_reports}: one reader's report of one comment. Only its closing changes it. */
@Entity
@Table(name = "comment_reports")
public class CommentReportJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "comment_id", nullable = false, updatable = false)
    UUID commentId;

    @Column(name = "post_id", nullable = false, updatable = false)
    UUID postId;

    @Column(name = "reporter", nullable = false, updatable = false)
    String reporter;

    @Column(name = "reason", nullable = false, updatable = false)
    String reason;

    @Column(name = "note", updatable = false)
    String note;

    @Column(name = "reported_at", nullable = false, updatable = false)
    OffsetDateTime reportedAt;

    @Column(name = "month_utc", nullable = false, updatable = false)
    String monthUtc;

    @Column(name = "outcome")
    String outcome;

    @Column(name = "closed_at")
    OffsetDateTime closedAt;

    protected CommentReportJpaEntity() {
    }

    CommentReportJpaEntity(UUID id) {
        this.id = id;
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code site_pages}. */
@Entity
@Table(name = "site_pages")
public class SitePageJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "language", nullable = false)
    String language;

    /** The id of the group's first page: the page's own id when it translates none. */
    @Column(name = "translation_group", nullable = false)
    UUID translationGroup;

    @Column(name = "slug", nullable = false)
    String slug;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "menu_position")
    Integer menuPosition;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected SitePageJpaEntity() {
    }

    SitePageJpaEntity(UUID id) {
        this.id = id;
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheIsolationType;

/**
 * A row of {@code media_content}: the bytes of one media file. A plain binary column, not a
 * {@code @Lob}: PostgreSQL's driver would write a large object (an oid) for a LOB, where the column
 * is a {@code bytea}. Kept out of the shared cache: a site's images would fill the heap there.
 */
@Entity
@Cache(isolation = CacheIsolationType.ISOLATED)
@Table(name = "media_content")
public class MediaContentJpaEntity {

    @Id
    @Column(name = "media_id")
    UUID mediaId;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "bytes", nullable = false)
    byte[] bytes;

    protected MediaContentJpaEntity() {
    }

    MediaContentJpaEntity(UUID mediaId) {
        this.mediaId = mediaId;
    }
}

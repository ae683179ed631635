package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code media_files}: what is known about a media file, not its bytes. */
@Entity
@Table(name = "media_files")
public class MediaFileJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "format", nullable = false)
    String format;

    @Column(name = "width", nullable = false)
    int width;

    @Column(name = "height", nullable = false)
    int height;

    @Column(name = "byte_count", nullable = false)
    long byteCount;

    @Column(name = "sha256", nullable = false)
    String sha256;

    @Column(name = "alt_text", nullable = false)
    String altText;

    @Column(name = "uploaded_at", nullable = false)
    OffsetDateTime uploadedAt;

    protected MediaFileJpaEntity() {
    }

    MediaFileJpaEntity(UUID id) {
        this.id = id;
    }
}

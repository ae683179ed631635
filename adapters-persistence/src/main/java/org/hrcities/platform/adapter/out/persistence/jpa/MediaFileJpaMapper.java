package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import org.hrcities.platform.domain.media.ImageFormat;
import org.hrcities.platform.domain.media.ImageInspection;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;

/** Maps media files to their rows and back. */
final class MediaFileJpaMapper {

    private MediaFileJpaMapper() {
    }

    static MediaFile toDomain(MediaFileJpaEntity row) {
        return MediaFile.reconstitute(new MediaId(row.id), row.fileName,
                new ImageInspection(ImageFormat.valueOf(row.format), row.width, row.height), row.byteCount, row.sha256,
                row.altText, row.uploadedAt.toInstant(), row.version);
    }

    /** Writes the file's state into the row; the version is left to JPA. */
    static void copyInto(MediaFile file, MediaFileJpaEntity row) {
        row.fileName = file.fileName();
        row.format = file.format().name();
        row.width = file.width();
        row.height = file.height();
        row.byteCount = file.byteCount();
        row.sha256 = file.sha256();
        row.altText = file.altText();
        row.uploadedAt = file.uploadedAt().atOffset(ZoneOffset.UTC);
    }
}

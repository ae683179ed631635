package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.hrcities.platform.domain.media.ImageFormat;
import org.hrcities.platform.domain.media.ImageInspection;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.junit.jupiter.api.Test;

class MediaFileJpaMapperTest {

    private static final String SHA256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void a_media_file_survives_the_round_trip_through_its_row() {
        MediaFile file = MediaFile.reconstitute(MediaId.generate(), "town-hall.webp",
                new ImageInspection(ImageFormat.WEBP, 1920, 1080), 123_456, SHA256, "The town hall",
                Instant.parse("2024-05-06T07:08:09.123456Z"), 2);
        MediaFileJpaEntity row = new MediaFileJpaEntity(file.id().value());
        MediaFileJpaMapper.copyInto(file, row);
        row.version = 5;

        MediaFile back = MediaFileJpaMapper.toDomain(row);

        assertEquals(file.id(), back.id());
        assertEquals("town-hall.webp", back.fileName());
        assertEquals(new ImageInspection(ImageFormat.WEBP, 1920, 1080), back.image());
        assertEquals(123_456, back.byteCount());
        assertEquals(SHA256, back.sha256());
        assertEquals("The town hall", back.altText());
        assertEquals(file.uploadedAt(), back.uploadedAt());
        assertEquals(5, back.version());
        assertEquals("WEBP", row.format);
    }

    @Test
    void a_file_nobody_described_keeps_an_empty_description_in_its_row() {
        MediaFile file = MediaFile.reconstitute(MediaId.generate(), "image.gif",
                new ImageInspection(ImageFormat.GIF, 1, 1), 43, SHA256, "", Instant.EPOCH, 1);
        MediaFileJpaEntity row = new MediaFileJpaEntity(file.id().value());
        MediaFileJpaMapper.copyInto(file, row);

        assertEquals("", row.altText);
        assertEquals("", MediaFileJpaMapper.toDomain(row).altText());
    }
}

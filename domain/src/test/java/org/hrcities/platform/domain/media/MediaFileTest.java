package org.hrcities.platform.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class MediaFileTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void an_upload_is_named_after_its_file_with_the_extension_its_bytes_call_for() {
        byte[] jpeg = TestImages.jpeg(20, 10);
        MediaFile file = MediaFile.upload(MediaId.generate(), "C:\\Photos\\Rathaus Graz – Mai.PNG", jpeg, "", NOW);
        assertEquals("rathaus-graz-mai.jpg", file.fileName());
        assertEquals(ImageFormat.JPEG, file.format());
        assertEquals(20, file.width());
        assertEquals(10, file.height());
        assertEquals(jpeg.length, file.byteCount());
        assertEquals(MediaFile.sha256Of(jpeg), file.sha256());
        assertFalse(file.isDescribed());
        assertEquals(0, file.version());
    }

    @Test
    void names_nothing_or_punctuation_image_and_cuts_long_names() {
        assertEquals("image.png", MediaFile.fileNameFor(null, ImageFormat.PNG));
        assertEquals("image.gif", MediaFile.fileNameFor("../../.gif", ImageFormat.GIF));
        assertEquals("image.webp", MediaFile.fileNameFor("«»", ImageFormat.WEBP));
        assertEquals("uploads-2021-05-cafe.webp", MediaFile.fileNameFor("uploads 2021 05 café.jpeg", ImageFormat.WEBP));
        String longName = MediaFile.fileNameFor("a".repeat(300) + ".png", ImageFormat.PNG);
        assertEquals(MediaFile.MAX_FILE_NAME_LENGTH, longName.length());
        assertTrue(longName.endsWith("a.png"));
    }

    @Test
    void is_described_in_one_line_and_can_be_cleared() {
        MediaFile file = MediaFile.upload(MediaId.generate(), "x.png", TestImages.png(2, 2), " Graz city hall ", NOW);
        assertEquals("Graz city hall", file.altText());
        file.describe("  ");
        assertEquals("", file.altText());
        assertThrows(InvalidValueException.class, () -> file.describe("two\nlines"));
        assertThrows(InvalidValueException.class, () -> file.describe("x".repeat(MediaFile.MAX_ALT_LENGTH + 1)));
    }

    @Test
    void a_stored_file_must_be_consistent() {
        ImageInspection png = new ImageInspection(ImageFormat.PNG, 2, 2);
        String sha = "a".repeat(64);
        assertEquals("x.png", MediaFile.reconstitute(MediaId.generate(), "x.png", png, 10, sha, "", NOW, 3).fileName());
        assertThrows(InvalidValueException.class, () -> MediaFile.reconstitute(MediaId.generate(), "x.jpg", png, 10, sha, "", NOW, 0));
        assertThrows(InvalidValueException.class, () -> MediaFile.reconstitute(MediaId.generate(), "../x.png", png, 10, sha, "", NOW, 0));
        assertThrows(InvalidValueException.class, () -> MediaFile.reconstitute(MediaId.generate(), "x.png", png, 0, sha, "", NOW, 0));
        assertThrows(InvalidValueException.class, () -> MediaFile.reconstitute(MediaId.generate(), "x.png", png, 10, "A".repeat(64), "", NOW, 0));
    }

    @Test
    void a_featured_image_needs_its_alt_text() {
        MediaId id = MediaId.generate();
        assertEquals("Graz", new FeaturedImage(id, " Graz ").altText());
        assertThrows(InvalidValueException.class, () -> new FeaturedImage(id, ""));
        assertThrows(InvalidValueException.class, () -> new FeaturedImage(id, null));
    }
}

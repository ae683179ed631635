package org.hrcities.platform.domain.media;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Text;

/**
 * An image that editors uploaded or an import brought in: what its bytes are ({@link ImageInspection}),
 * how many there are and their SHA-256 (the same image sent twice is stored once), the file name it is
 * served under, and the text that describes it to people who cannot see it ({@code alt}), which may
 * be empty until someone writes it. The bytes themselves are kept apart, by the media content store.
 */
public final class MediaFile {

    /** The longest file name, extension included. */
    public static final int MAX_FILE_NAME_LENGTH = 100;
    /** The longest description. */
    public static final int MAX_ALT_LENGTH = 300;

    private final MediaId id;
    private final String fileName;
    private final ImageInspection image;
    private final long byteCount;
    private final String sha256;
    private String altText;
    private final Instant uploadedAt;
    private final long version;

    private MediaFile(MediaId id, String fileName, ImageInspection image, long byteCount, String sha256, String altText,
                      Instant uploadedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.image = Objects.requireNonNull(image, "image");
        if (fileName == null || !fileName.matches("[a-z0-9][a-z0-9._-]*\\." + image.format().extension())
                || fileName.length() > MAX_FILE_NAME_LENGTH) {
            throw new InvalidValueException("fileName", "a media file name is lower-case letters, digits, dots, "
                    + "dashes and underscores, ending in ." + image.format().extension());
        }
        this.fileName = fileName;
        if (byteCount <= 0) {
            throw new InvalidValueException("byteCount", "a media file has bytes");
        }
        this.byteCount = byteCount;
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new InvalidValueException("sha256", "the SHA-256 of a media file is 64 lower-case hexadecimal digits");
        }
        this.sha256 = sha256;
        this.altText = alt(altText);
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    /**
     * A new media file for {@code bytes}, which must be an image the site takes, named after the name it
     * was sent with ({@link #fileNameFor}).
     *
     * @throws ImageRefusedException if the bytes are not such an image
     */
    public static MediaFile upload(MediaId id, String originalName, byte[] bytes, String altText, Instant uploadedAt) {
        ImageInspection image = ImageInspection.of(bytes);
        return new MediaFile(id, fileNameFor(originalName, image.format()), image, bytes.length, sha256Of(bytes),
                altText, uploadedAt, 0);
    }

    /** Rebuilds a stored media file exactly as it was saved; used by storage adapters. */
    public static MediaFile reconstitute(MediaId id, String fileName, ImageInspection image, long byteCount,
                                         String sha256, String altText, Instant uploadedAt, long version) {
        return new MediaFile(id, fileName, image, byteCount, sha256, altText, uploadedAt, version);
    }

    /** Someone (re)writes what the image shows, for those who cannot see it; blank clears it. */
    public void describe(String newAltText) {
        altText = alt(newAltText);
    }

    /**
     * The name a file sent as {@code originalName} is served under: its last path segment without its
     * extension, accents dropped, lower case, anything but letters, digits, dots, dashes and underscores
     * made a dash, followed by the extension of the format its bytes are in ({@code photo.jpg} for a
     * JPEG sent as {@code C:\Photos\Photo.JPEG}).
     */
    public static String fileNameFor(String originalName, ImageFormat format) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot);
        }
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[._-]+|[._-]+$", "");
        int room = MAX_FILE_NAME_LENGTH - format.extension().length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room).replaceAll("[._-]+$", "");
        }
        return (base.isEmpty() ? "image" : base) + "." + format.extension();
    }

    /** The SHA-256 of the bytes, in lower-case hexadecimal. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String alt(String text) {
        return text == null || text.isBlank() ? "" : Text.requireSingleLine("alt", text, MAX_ALT_LENGTH);
    }

    public MediaId id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public ImageFormat format() {
        return image.format();
    }

    public ImageInspection image() {
        return image;
    }

    public int width() {
        return image.width();
    }

    public int height() {
        return image.height();
    }

    public long byteCount() {
        return byteCount;
    }

    public String sha256() {
        return sha256;
    }

    /** What the image shows, for those who cannot see it; "" when nobody has written it yet. */
    public String altText() {
        return altText;
    }

    public boolean isDescribed() {
        return !altText.isEmpty();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaFile file && file.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MediaFile[" + id + ", " + fileName + ", " + image.width() + "x" + image.height() + "]";
    }
}

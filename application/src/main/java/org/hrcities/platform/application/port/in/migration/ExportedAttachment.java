package org.hrcities.platform.application.port.in.migration;

import java.util.Objects;

/**
 * A file of the exported site (a WordPress attachment) that came with the export, to be kept here as
 * a media file.
 *
 * @param sourceId the id the attachment has on the exported site, which posts name their featured image by
 * @param title    its title there (may be empty)
 * @param path     where the file lay in the exported site's uploads, such as {@code 2021/05/photo.jpg}
 * @param altText  what the image shows, as the exported site had it (may be empty)
 * @param content  reads the file's bytes when the import needs them
 */
public record ExportedAttachment(String sourceId, String title, String path, String altText, FileContent content) {

    public ExportedAttachment {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        title = title == null ? "" : title;
        altText = altText == null ? "" : altText;
    }

    /** The bytes of an exported file, read only when the import stores it. */
    @FunctionalInterface
    public interface FileContent {

        /**
         * @throws org.hrcities.platform.domain.media.ImageRefusedException when the file is larger than
         *         the site takes
         * @throws java.io.UncheckedIOException when it cannot be read
         */
        byte[] read();
    }
}

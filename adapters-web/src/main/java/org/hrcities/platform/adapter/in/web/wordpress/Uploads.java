package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A WordPress site's uploads folder ({@code wp-content/uploads}), as a ZIP archive sent with the export
 * ({@link UploadsArchive}) or as a folder an operator put on the server ({@link UploadsFolder}): its
 * files found by their path in the uploads ({@code 2021/05/photo.jpg}), each read up to the size of an
 * image the site takes.
 */
public interface Uploads extends Closeable {

    /** Whether the uploads hold a file at this path. */
    boolean holds(String path);

    /** How many files the uploads hold (folders and refused names apart). */
    int size();

    /** The names that are never read because they could lead out of the uploads folder. */
    List<String> refusedNames();

    /**
     * The bytes of the file at {@code path}.
     *
     * @throws org.hrcities.platform.domain.media.ImageRefusedException if it is larger than an image the site takes
     * @throws IllegalArgumentException if there is no such file
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    byte[] read(String path);

    @Override
    void close();

    /** The uploads in {@code location}: a folder, or a ZIP archive. */
    static Uploads open(Path location) {
        return Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS) ? UploadsFolder.open(location)
                : UploadsArchive.open(location);
    }
}

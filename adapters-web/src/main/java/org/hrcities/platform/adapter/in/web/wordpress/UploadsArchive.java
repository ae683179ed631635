package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.domain.media.ImageRefusedException;

/**
 * A WordPress site's uploads folder ({@code wp-content/uploads}) sent as a ZIP archive, read in place
 * with {@link ZipFile}: nothing is ever written to disk under a name the archive chose. Entries are
 * found by their path in the uploads ({@code 2021/05/photo.jpg}), whether the archive holds them at its
 * root or under {@code uploads/} or {@code wp-content/uploads/}. Folders are ignored; an entry whose name
 * could lead out of the folder ({@code ..}, an absolute path, a drive letter, a backslash) is never read
 * and is listed in {@link #refusedNames()}. An entry is read up to {@link UploadMediaCommand#MAX_BYTES},
 * whatever size the archive claims for it.
 */
public final class UploadsArchive implements Uploads {

    /** The largest archive taken: 4 GiB, a site's uploads after years of photographs. */
    public static final long MAX_ARCHIVE_BYTES = 4L << 30;

    /** The folders a site's uploads may be zipped under, the longest first. */
    static final List<String> PREFIXES = List.of("wp-content/uploads/", "uploads/");

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final List<String> refused = new ArrayList<>();

    private UploadsArchive(ZipFile zip) {
        this.zip = zip;
        zip.stream().forEach(entry -> {
            if (entry.isDirectory()) {
                return;
            }
            Optional<String> path = uploadsPath(entry.getName());
            if (path.isEmpty()) {
                refused.add(entry.getName());
            } else {
                entries.putIfAbsent(path.get(), entry);
            }
        });
    }

    /**
     * Opens the archive in {@code file}.
     *
     * @throws IllegalArgumentException if the file is not a ZIP archive
     * @throws UncheckedIOException if it cannot be read
     */
    public static UploadsArchive open(Path file) {
        try {
            return new UploadsArchive(new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw new IllegalArgumentException("the uploads are not a ZIP archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploads archive", e);
        }
    }

    /**
     * The path in the uploads that an entry's name stands for, without a leading {@code uploads/} or
     * {@code wp-content/uploads/}; empty for a name that could lead elsewhere or names nothing.
     */
    static Optional<String> uploadsPath(String entryName) {
        if (!isSafe(entryName)) {
            return Optional.empty();
        }
        String path = entryName;
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
                break;
            }
        }
        return path.isEmpty() || path.endsWith("/") || path.contains("//") ? Optional.empty() : Optional.of(path);
    }

    /**
     * Whether a name stays inside the folder it is read from: relative, without {@code ..} or {@code .}
     * segments, backslashes, drive letters or NUL characters.
     */
    static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0 || (name.length() > 1 && name.charAt(1) == ':')) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean holds(String path) {
        return entries.containsKey(path);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public List<String> refusedNames() {
        return List.copyOf(refused);
    }

    /**
     * The bytes of the file at {@code path} in the uploads.
     *
     * @throws ImageRefusedException if it holds more than {@link UploadMediaCommand#MAX_BYTES} bytes
     * @throws IllegalArgumentException if the archive holds no such file
     * @throws UncheckedIOException if it cannot be read (a damaged archive)
     */
    @Override
    public byte[] read(String path) {
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            throw new IllegalArgumentException("the uploads archive holds no file " + path);
        }
        if (entry.getSize() > UploadMediaCommand.MAX_BYTES) {
            throw tooLarge(entry.getSize());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(UploadMediaCommand.MAX_BYTES + 1);
            if (bytes.length > UploadMediaCommand.MAX_BYTES) {
                throw tooLarge(-1);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + " from the uploads archive: " + e.getMessage(), e);
        }
    }

    private static ImageRefusedException tooLarge(long size) {
        return new ImageRefusedException("the file has " + (size < 0 ? "more than " + UploadMediaCommand.MAX_BYTES : size)
                + " bytes; at most " + UploadMediaCommand.MAX_BYTES + " (10 MiB) are taken");
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written: there is nothing to lose
        }
    }
}

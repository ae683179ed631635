package org.hrcities.platform.adapter.out.persistence.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.domain.media.MediaId;

/**
 * The bytes of media files as files under a root folder: {@code <root>/<first two hex digits of the
 * id>/<id>}, so that no folder holds more than a 256th of them. A file is written under a temporary
 * name in its own folder, then moved over its final name in one step (an atomic move), so that a
 * reader sees the old bytes or the new ones, never a part, and a crash leaves at most a temporary
 * file behind.
 * <p>
 * The files are written at once and outlive a transaction that rolls back (see {@link MediaContentPort}):
 * a caller stores the bytes last.
 */
public final class FileMediaContent implements MediaContentPort {

    private static final String TEMPORARY_SUFFIX = ".part";

    private final Path root;

    /** Files under {@code root}, which is created when the first file is stored. */
    public FileMediaContent(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The folder the files are kept under. */
    public Path root() {
        return root;
    }

    @Override
    public void store(MediaId id, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Path file = fileOf(id);
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), id + "-", TEMPORARY_SUFFIX);
            Files.write(temporary, bytes);
            moveOver(temporary, file);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("the bytes of media file " + id + " could not be written to " + file, e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    @Override
    public Optional<byte[]> read(MediaId id) {
        Path file = fileOf(id);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the bytes of media file " + id + " could not be read from " + file, e);
        }
    }

    @Override
    public void delete(MediaId id) {
        Path file = fileOf(id);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the bytes of media file " + id + " could not be deleted: " + file, e);
        }
    }

    /** Where the bytes of {@code id} are kept. */
    Path fileOf(MediaId id) {
        String name = Objects.requireNonNull(id, "id").value().toString();
        return root.resolve(name.substring(0, 2)).resolve(name);
    }

    /** An atomic move; a file system that cannot make one is refused rather than risking half-written files. */
    private static void moveOver(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + file.getParent() + " cannot replace a file in one step", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind holds no reader's bytes; the next store of the id writes anew
        }
    }
}

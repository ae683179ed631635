package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.domain.media.ImageRefusedException;

/**
 * A WordPress site's uploads folder that an operator put on the server, under the site's import folder
 * ({@link ImportFolder}): its regular files by their path in the folder. Symbolic links are never
 * followed (one is listed in {@link #refusedNames()}), so nothing outside the folder is read; a file is
 * read up to {@link UploadMediaCommand#MAX_BYTES}. The folder is the operator's: the import reads it and
 * leaves it as it was.
 */
public final class UploadsFolder implements Uploads {

    private final Map<String, Path> files = new HashMap<>();
    private final List<String> refused = new ArrayList<>();

    private UploadsFolder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(path -> {
                String name = root.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                if (Files.isSymbolicLink(path)) {
                    refused.add(name);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && UploadsArchive.isSafe(name)) {
                    files.put(name, path);
                }
            });
        }
    }

    /**
     * Lists the files of the folder at {@code root}.
     *
     * @throws IllegalArgumentException if it is not a folder
     * @throws UncheckedIOException if it cannot be read
     */
    public static UploadsFolder open(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("the uploads are not a folder: " + root.getFileName());
        }
        try {
            return new UploadsFolder(root);
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("could not read the uploads folder " + root.getFileName(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    @Override
    public boolean holds(String path) {
        return files.containsKey(path);
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public List<String> refusedNames() {
        return List.copyOf(refused);
    }

    @Override
    public byte[] read(String path) {
        Path file = files.get(path);
        if (file == null) {
            throw new IllegalArgumentException("the uploads folder holds no file " + path);
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(UploadMediaCommand.MAX_BYTES + 1);
            if (bytes.length > UploadMediaCommand.MAX_BYTES) {
                throw new ImageRefusedException("the file has more than " + UploadMediaCommand.MAX_BYTES
                        + " bytes; at most " + UploadMediaCommand.MAX_BYTES + " (10 MiB) are taken");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + " from the uploads folder: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing is held open
    }
}

package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder on the server where operators put a WordPress site's uploads folder to be imported with
 * its export, when it is too large to send ({@code hrc.import.dir}): an import names a folder in it
 * by its name alone, never by a path, so that nothing else on the server can be named.
 */
public record ImportFolder(Path root) {

    /**
     * The folder called {@code name} in the import folder; empty for a name with a path separator, a
     * dot or dot-dot, a link, or one that names no folder there.
     */
    public Optional<Path> folder(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".")
                || name.equals("..") || name.indexOf('\0') >= 0 || root == null) {
            return Optional.empty();
        }
        Path folder = root.resolve(name);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Path real = folder.toRealPath(LinkOption.NOFOLLOW_LINKS);
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

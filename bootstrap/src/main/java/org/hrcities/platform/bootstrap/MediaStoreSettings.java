package org.hrcities.platform.bootstrap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the bytes of media files are kept ({@code hrc.media.store}): in the storage itself
 * ({@code database}, the default: in the database with everything else, or in the heap for
 * {@code hrc.storage=memory}) or as files ({@code files}) in the {@code media} folder of the data folder,
 * the folder the H2 file lies in ({@code ./data/media} for the default {@code jdbc:h2:file:./data/hrc},
 * and for a database that is no H2 file).
 */
public record MediaStoreSettings(Kind kind, Path folder) {

    /** The data folder when the database names none: that of the default H2 file. */
    static final Path DEFAULT_DATA_FOLDER = Path.of("data");

    /** The stores to choose from. */
    public enum Kind {
        /** With the rest of the storage: one backup holds everything; every instance sees the bytes. */
        DATABASE,
        /** Files on this instance's disk, under the data folder. */
        FILES;

        static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("hrc.media.store must be database or files, not \"" + text + "\"");
        }
    }

    /** The bytes kept by the storage itself. */
    public static final MediaStoreSettings DATABASE = new MediaStoreSettings(Kind.DATABASE, null);

    public MediaStoreSettings {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FILES) {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * The store {@code kind} names ({@code database} or {@code files}, in any case), with its files
     * beside the H2 file that {@code databaseUrl} names, if it names one.
     *
     * @throws IllegalArgumentException for another kind, naming the choices
     */
    public static MediaStoreSettings of(String kind, String databaseUrl) {
        return Kind.parse(kind) == Kind.DATABASE ? DATABASE
                : new MediaStoreSettings(Kind.FILES, dataFolder(databaseUrl).resolve("media"));
    }

    /**
     * The folder of the H2 file that {@code url} names ({@code jdbc:h2:file:./data/hrc} or
     * {@code jdbc:h2:./data/hrc}: {@code ./data}); the default data folder for any other database.
     */
    static Path dataFolder(String url) {
        String text = url == null ? "" : url.strip();
        if (!text.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return DEFAULT_DATA_FOLDER;
        }
        String name = text.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.regionMatches(true, 0, "file:", 0, "file:".length())) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|retry):.*")) {
            return DEFAULT_DATA_FOLDER;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path parent = name.isBlank() ? null : Path.of(name).getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** For the start-up log. */
    public String describe() {
        return kind == Kind.DATABASE ? "in the storage" : "files under " + folder.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + (folder == null ? "" : " in " + folder);
    }
}

package org.hrcities.platform.application.port.out;

import java.nio.file.Path;

/** Copies the whole storage, consistent at one moment, into a file while the site keeps running. */
public interface StorageBackupPort {

    /**
     * Writes the backup to {@code file} (its folder exists, the file does not) and answers its size in
     * bytes; throws {@link org.hrcities.platform.application.port.OnlineBackupNotOfferedException} when this
     * storage is not backed up this way.
     */
    long backUpTo(Path file);
}

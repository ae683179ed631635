package org.hrcities.platform.application.port.out;

import java.util.Optional;
import org.hrcities.platform.domain.media.MediaId;

/**
 * Keeps the bytes of media files, apart from what is known about them ({@link MediaRepository}):
 * in the database (every instance sees them; backups hold them) or in files under the data folder.
 * Calls are made inside {@link TransactionPort#inTransaction}; a store that is not the database
 * writes at once and cannot take a write back when the transaction rolls back, so a caller stores
 * the bytes last, after everything that could fail.
 */
public interface MediaContentPort {

    /** Keeps {@code bytes} as the content of {@code id}, replacing any kept before. */
    void store(MediaId id, byte[] bytes);

    /** The bytes kept for {@code id}, if any. */
    Optional<byte[]> read(MediaId id);

    /** Forgets the bytes of {@code id}; nothing happens if none are kept. */
    void delete(MediaId id);
}

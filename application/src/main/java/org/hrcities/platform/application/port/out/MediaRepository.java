package org.hrcities.platform.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * Stores what is known about the site's media files (their bytes are kept by {@link MediaContentPort}).
 * Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface MediaRepository {

    /**
     * Stores a new media file (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored file is no longer at {@code file.version()}, or
     *         a new file's id or SHA-256 is already stored
     */
    void save(MediaFile file);

    /**
     * Deletes the media file if it is still at {@code file.version()}.
     *
     * @throws ConcurrentUpdateException if it changed or was deleted since it was read
     */
    void delete(MediaFile file);

    Optional<MediaFile> findById(MediaId id);

    /** The stored files among {@code ids}, in no particular order; unknown ids are left out. */
    List<MediaFile> findAllById(Collection<MediaId> ids);

    /** The file whose bytes have this SHA-256, if one is stored: the same image is stored once. */
    Optional<MediaFile> findBySha256(String sha256);

    /** The newest {@code limit} files from {@code offset}, newest first (ties broken by id). */
    List<MediaFile> findNewest(int offset, int limit);

    long count();
}

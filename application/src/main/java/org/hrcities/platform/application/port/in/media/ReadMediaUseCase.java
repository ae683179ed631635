package org.hrcities.platform.application.port.in.media;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;

/** Anyone reads the site's media files: the images are public once kept. */
public interface ReadMediaUseCase {

    /** The file and its bytes, if both are kept. */
    Optional<MediaContent> readContent(MediaId id);

    Optional<MediaFile> findMedia(MediaId id);

    /** The newest {@code limit} files from {@code offset}, newest first: the staff's media library. */
    List<MediaFile> listNewest(int offset, int limit);

    long countMedia();
}

package org.hrcities.platform.application.port.in.media;

import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;

/** Staff write what an image shows, for those who cannot see it. */
public interface DescribeMediaUseCase {

    /**
     * @throws MediaNotFoundException if no file has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if it changed since {@code expectedVersion}
     */
    MediaFile describe(MediaId id, long expectedVersion, String altText);
}

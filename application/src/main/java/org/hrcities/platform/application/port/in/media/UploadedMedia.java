package org.hrcities.platform.application.port.in.media;

import java.util.Objects;
import org.hrcities.platform.domain.media.MediaFile;

/** What an upload kept: the media file, and whether the same bytes had been kept before (and so it is that file). */
public record UploadedMedia(MediaFile file, boolean keptBefore) {

    public UploadedMedia {
        Objects.requireNonNull(file, "file");
    }
}

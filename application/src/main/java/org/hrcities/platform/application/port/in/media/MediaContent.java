package org.hrcities.platform.application.port.in.media;

import java.util.Objects;
import org.hrcities.platform.domain.media.MediaFile;

/** A media file with its bytes, to be sent to a browser. */
public record MediaContent(MediaFile file, byte[] bytes) {

    public MediaContent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }
}

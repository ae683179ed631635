package org.hrcities.platform.application.port.in.setup;

import java.util.Objects;
import org.hrcities.platform.domain.media.MediaFile;

/** A media file of a site's first content, with its bytes. */
public record InitialMedia(MediaFile file, byte[] bytes) {

    public InitialMedia {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != file.byteCount() || !MediaFile.sha256Of(bytes).equals(file.sha256())) {
            throw new IllegalArgumentException("the bytes are not those of " + file);
        }
    }
}

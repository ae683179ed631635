package org.hrcities.platform.domain.media;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a media file. */
public record MediaId(UUID value) {

    public MediaId {
        if (value == null) {
            throw new InvalidValueException("mediaId", "media id is required");
        }
    }

    public static MediaId generate() {
        return new MediaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

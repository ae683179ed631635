package org.hrcities.platform.adapter.in.web.api.media;

import java.time.Instant;
import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.domain.media.MediaFile;

/** A media file as staff see it: where it is served, what it is, what it shows, and its version (the ETag). */
public record MediaResponse(String id, String url, String fileName, String mediaType, int width, int height, long bytes,
                            String alt, Instant uploadedAt, long version) {

    public static MediaResponse from(MediaFile file) {
        return new MediaResponse(file.id().toString(), MediaAddresses.pathOf(file), file.fileName(),
                file.format().mediaType(), file.width(), file.height(), file.byteCount(), file.altText(),
                file.uploadedAt(), file.version());
    }
}

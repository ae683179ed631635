package org.hrcities.platform.application.port.in.migration;

import java.util.Optional;
import org.hrcities.platform.domain.media.MediaFile;

/**
 * Where content that a site moved in from another platform lives now, so that the addresses that
 * platform used (which search engines and partner sites still link to) lead to it.
 */
public interface FindMovedContentUseCase {

    /** The content an old address named, if it exists here and readers may see it. */
    Optional<MovedContent> findMovedContent(OldAddress address);

    /**
     * The media file an import made of the file at {@code uploadsPath} in the former platform's uploads
     * ({@code 2021/05/photo.jpg}), if it is still kept.
     */
    Optional<MediaFile> findMovedMediaFile(String uploadsPath);
}

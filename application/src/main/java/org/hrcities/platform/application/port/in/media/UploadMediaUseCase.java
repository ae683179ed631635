package org.hrcities.platform.application.port.in.media;


/** Staff keep an image to show in posts. */
public interface UploadMediaUseCase {

    /**
     * Keeps the image and answers its media file; the same bytes sent again answer the file kept the
     * first time, marked as kept before (given alt text is written to it if it had none).
     *
     * @throws org.hrcities.platform.domain.media.ImageRefusedException if the bytes are not a PNG, JPEG,
     *         WebP or GIF image of a taken size
     */
    UploadedMedia upload(UploadMediaCommand command);
}

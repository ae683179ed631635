package org.hrcities.platform.application.port.in.media;

import java.util.Objects;
import org.hrcities.platform.domain.media.ImageRefusedException;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * A file that staff send to be kept as a media file: its bytes, the name it had where it came from
 * (only its letters count: {@link MediaFile#fileNameFor}) and, optionally, what it shows ({@code alt}).
 * Refused at once when it is empty or larger than {@link #MAX_BYTES}; what the bytes are is checked
 * when it is uploaded.
 */
public record UploadMediaCommand(String originalName, byte[] bytes, String altText) {

    /** The largest file taken: 10 MiB, more than a photograph for the web needs. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public UploadMediaCommand {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new ImageRefusedException("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImageRefusedException("the file has " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " (10 MiB) are taken");
        }
        if (altText != null && altText.length() > MediaFile.MAX_ALT_LENGTH) {
            throw new InvalidValueException("alt", "alt may be at most " + MediaFile.MAX_ALT_LENGTH + " characters");
        }
    }
}

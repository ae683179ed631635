package org.hrcities.platform.domain.media;

import org.hrcities.platform.domain.shared.InvalidValueException;

/** A file that is not an image the site takes (its bytes say so, whatever its name or declared type). */
public class ImageRefusedException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public ImageRefusedException(String message) {
        super("file", message);
    }
}

package org.hrcities.platform.application.port.in.media;

import org.hrcities.platform.domain.media.MediaId;

/** No media file has the id asked for. */
public class MediaNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaNotFoundException(MediaId id) {
        super("no media file has the id " + id);
    }
}

package org.hrcities.platform.adapter.in.web.route;

import java.net.URI;
import org.hrcities.platform.domain.media.MediaFile;

/** Where the site serves a media file: {@code /media/{id}/{file name}}, the same for every surface. */
public final class MediaAddresses {

    private MediaAddresses() {
    }

    /** The site-relative address of the file, as pages and the JSON API give it. */
    public static String pathOf(MediaFile file) {
        return "/media/" + file.id() + "/" + file.fileName();
    }

    public static URI of(MediaFile file) {
        return URI.create(pathOf(file));
    }
}

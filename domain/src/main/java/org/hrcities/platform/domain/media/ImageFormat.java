package org.hrcities.platform.domain.media;

/** The image formats the site takes: those every browser shows and none of which can carry script. */
public enum ImageFormat {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type the file is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension the site gives files of this format, without the dot. */
    public String extension() {
        return extension;
    }
}

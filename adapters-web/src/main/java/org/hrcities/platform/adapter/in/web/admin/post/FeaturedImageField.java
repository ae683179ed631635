package org.hrcities.platform.adapter.in.web.admin.post;

import java.util.List;

/**
 * The post form's featured image: the media file chosen ({@code mediaId}, "" for none), what it shows
 * there ({@code alt}), and the images to choose from, newest first.
 */
public record FeaturedImageField(String mediaId, String alt, List<ImageChoice> choices) {

    /** An image the post may be led by. */
    public record ImageChoice(String id, String fileName, String src, int width, int height, boolean selected) {

        public String label() {
            return fileName + " (" + width + " × " + height + ")";
        }
    }

    public FeaturedImageField {
        mediaId = mediaId == null ? "" : mediaId;
        alt = alt == null ? "" : alt;
        choices = List.copyOf(choices);
    }

    static FeaturedImageField none() {
        return new FeaturedImageField("", "", List.of());
    }

    /** The chosen image, to show beside the field; null when none is chosen. */
    public ImageChoice selected() {
        return choices.stream().filter(ImageChoice::selected).findFirst().orElse(null);
    }
}

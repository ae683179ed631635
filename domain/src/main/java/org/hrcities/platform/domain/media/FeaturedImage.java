package org.hrcities.platform.domain.media;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Text;

/**
 * The image that stands for a post on lists and at the head of its page, with the text that
 * describes it there ({@code alt}): required, because an image that leads a post says something.
 */
public record FeaturedImage(MediaId media, String altText) {

    public FeaturedImage {
        Objects.requireNonNull(media, "media");
        altText = Text.requireSingleLine("featuredImageAlt", altText, MediaFile.MAX_ALT_LENGTH);
    }
}

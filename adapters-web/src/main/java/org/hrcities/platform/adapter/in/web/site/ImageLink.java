package org.hrcities.platform.adapter.in.web.site;

import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;

/** An image as a page shows it: where it is, what it shows, and its size (so the page does not jump). */
public record ImageLink(String src, String alt, int width, int height) {

    /** The post's featured image with its alt text, or null when it has none or its file is gone. */
    public static ImageLink featured(Post post, MediaFile file) {
        if (file == null) {
            return null;
        }
        return post.featuredImage().filter(image -> image.media().equals(file.id()))
                .map(image -> of(file, image)).orElse(null);
    }

    static ImageLink of(MediaFile file, FeaturedImage image) {
        return new ImageLink(MediaAddresses.pathOf(file), image.altText(), file.width(), file.height());
    }
}

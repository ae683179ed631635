package org.hrcities.platform.adapter.in.web.api.post;

import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;

/** The image that stands for a post: where it is served, what it shows, its size in pixels. */
public record FeaturedImageResponse(String mediaId, String url, String alt, int width, int height) {

    /** The post's featured image, or null when it has none or its file is gone. */
    public static FeaturedImageResponse from(Post post, MediaFile file) {
        if (file == null) {
            return null;
        }
        return post.featuredImage().filter(image -> image.media().equals(file.id()))
                .map(image -> new FeaturedImageResponse(file.id().toString(), MediaAddresses.pathOf(file), image.altText(),
                        file.width(), file.height()))
                .orElse(null);
    }
}

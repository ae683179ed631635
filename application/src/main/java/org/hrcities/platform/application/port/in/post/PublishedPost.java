package org.hrcities.platform.application.port.in.post;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A published post as lists show it: with the cities it is tagged with and the topics it is filed
 * under (both in the post's order), its number of public comments and the media file of its
 * featured image (null when it has none, or the file is gone).
 */
public record PublishedPost(Post post, List<PartnerCity> partnerCities, List<Topic> topics, long approvedComments,
                            MediaFile featuredImage) {

    public PublishedPost {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        topics = List.copyOf(topics);
        if (!post.isPublished()) {
            throw new IllegalArgumentException("only published posts are listed");
        }
    }

    /** A post without a featured image. */
    public PublishedPost(Post post, List<PartnerCity> partnerCities, List<Topic> topics, long approvedComments) {
        this(post, partnerCities, topics, approvedComments, null);
    }
}

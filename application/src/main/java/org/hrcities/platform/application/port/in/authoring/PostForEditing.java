package org.hrcities.platform.application.port.in.authoring;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A post as an editor sees it, in any status: everything it holds, with its version (to send back
 * with a change), status, publication or scheduled time ({@link Post#publishedAt()}), former slugs,
 * the partner cities it is tagged with (retired ones included) and the topics it is filed under,
 * both in the post's order, and the media file of its featured image (null when it has none, or
 * the file is gone).
 */
public record PostForEditing(Post post, List<PartnerCity> partnerCities, List<Topic> topics, MediaFile featuredImage) {

    public PostForEditing {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        topics = List.copyOf(topics);
    }

    /** A post without a featured image. */
    public PostForEditing(Post post, List<PartnerCity> partnerCities, List<Topic> topics) {
        this(post, partnerCities, topics, null);
    }

    public long version() {
        return post.version();
    }
}

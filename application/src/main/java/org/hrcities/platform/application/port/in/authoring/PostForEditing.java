package org.hrcities.platform.application.port.in.authoring;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A post as an editor sees it, in any status: everything it holds, with its version (to send back
 * with a change), status, publication or scheduled time ({@link Post#publishedAt()}), former slugs,
 * the partner cities it is tagged with (retired ones included) and the topics it is filed under,
 * both in the post's order.
 */
public record PostForEditing(Post post, List<PartnerCity> partnerCities, List<Topic> topics) {

    public PostForEditing {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        topics = List.copyOf(topics);
    }

    public long version() {
        return post.version();
    }
}

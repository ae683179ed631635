package org.hrcities.platform.application.port.in.post;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.post.Post;

/** A published post as lists show it: with the cities it is tagged with and its number of public comments. */
public record PublishedPost(Post post, List<PartnerCity> partnerCities, long approvedComments) {

    public PublishedPost {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        if (!post.isPublished()) {
            throw new IllegalArgumentException("only published posts are listed");
        }
    }
}

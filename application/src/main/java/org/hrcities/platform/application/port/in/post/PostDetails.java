package org.hrcities.platform.application.port.in.post;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;

/** A published post with its cities and its approved comments, oldest first. */
public record PostDetails(Post post, List<PartnerCity> partnerCities, List<Comment> approvedComments) {

    public PostDetails {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        approvedComments = List.copyOf(approvedComments);
    }
}

package org.hrcities.platform.application.port.in.setup;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;

/** Cities, posts and comments to store together; comments follow the posts they belong to. */
public record InitialContent(List<PartnerCity> cities, List<Post> posts, List<Comment> comments) {

    public InitialContent {
        cities = List.copyOf(cities);
        posts = List.copyOf(posts);
        comments = List.copyOf(comments);
    }
}

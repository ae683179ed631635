package org.hrcities.platform.application.port.in.setup;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.topic.Topic;

/** Cities, topics, posts and comments to store together; comments follow the posts they belong to. */
public record InitialContent(List<PartnerCity> cities, List<Topic> topics, List<Post> posts, List<Comment> comments) {

    public InitialContent {
        cities = List.copyOf(cities);
        topics = List.copyOf(topics);
        posts = List.copyOf(posts);
        comments = List.copyOf(comments);
    }

    /** Content without topics. */
    public InitialContent(List<PartnerCity> cities, List<Post> posts, List<Comment> comments) {
        this(cities, List.of(), posts, comments);
    }
}

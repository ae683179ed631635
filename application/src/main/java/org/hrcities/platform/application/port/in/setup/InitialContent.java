package org.hrcities.platform.application.port.in.setup;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.topic.Topic;

/**
 * Cities, topics, posts, comments and pages to store together; comments follow the posts they belong
 * to.
 */
public record InitialContent(List<PartnerCity> cities, List<Topic> topics, List<Post> posts, List<Comment> comments,
                             List<SitePage> pages) {

    public InitialContent {
        cities = List.copyOf(cities);
        topics = List.copyOf(topics);
        posts = List.copyOf(posts);
        comments = List.copyOf(comments);
        pages = List.copyOf(pages);
    }

    /** Content without pages. */
    public InitialContent(List<PartnerCity> cities, List<Topic> topics, List<Post> posts, List<Comment> comments) {
        this(cities, topics, posts, comments, List.of());
    }

    /** Content without topics or pages. */
    public InitialContent(List<PartnerCity> cities, List<Post> posts, List<Comment> comments) {
        this(cities, List.of(), posts, comments, List.of());
    }
}

package org.hrcities.platform.application.port.in.setup;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.topic.Topic;

/**
 * Cities, topics, media files, posts, comments, pages and events to store together; comments follow the
 * posts they belong to, the media files come before the posts they lead, and events come after the
 * cities and posts they name.
 */
public record InitialContent(List<PartnerCity> cities, List<Topic> topics, List<Post> posts, List<Comment> comments,
                             List<SitePage> pages, List<InitialMedia> media, List<Event> events) {

    public InitialContent {
        events = List.copyOf(events);
        media = List.copyOf(media);
        cities = List.copyOf(cities);
        topics = List.copyOf(topics);
        posts = List.copyOf(posts);
        comments = List.copyOf(comments);
        pages = List.copyOf(pages);
    }

    /** Content without events. */
    public InitialContent(List<PartnerCity> cities, List<Topic> topics, List<Post> posts, List<Comment> comments,
                          List<SitePage> pages, List<InitialMedia> media) {
        this(cities, topics, posts, comments, pages, media, List.of());
    }

    /** Content without media files or events. */
    public InitialContent(List<PartnerCity> cities, List<Topic> topics, List<Post> posts, List<Comment> comments,
                          List<SitePage> pages) {
        this(cities, topics, posts, comments, pages, List.of());
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

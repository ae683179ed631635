package org.hrcities.platform.adapter.in.web.site;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.domain.post.Post;

/**
 * A published post in a list: title, date, excerpt, cities, number of public comments, and its
 * featured image (null when it has none).
 */
public record PostCard(String slug, String title, String excerpt, Instant publishedAt, List<CityLink> cities,
                       long comments, ImageLink image) {

    /** A post in a list without its image. */
    public PostCard(String slug, String title, String excerpt, Instant publishedAt, List<CityLink> cities, long comments) {
        this(slug, title, excerpt, publishedAt, cities, comments, null);
    }

    public static PostCard of(PublishedPost published) {
        Post post = published.post();
        return new PostCard(post.slug().value(), post.title(), post.content().excerpt(), post.publishedAt().orElseThrow(),
                published.partnerCities().stream().map(CityLink::of).toList(), published.approvedComments(),
                ImageLink.featured(post, published.featuredImage()));
    }

    public static PostCard of(Post post) {
        return new PostCard(post.slug().value(), post.title(), post.content().excerpt(), post.publishedAt().orElseThrow(),
                List.of(), -1);
    }

    public String href() {
        return "/posts/" + slug;
    }

    public boolean showsComments() {
        return comments >= 0;
    }
}

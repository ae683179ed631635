package org.hrcities.platform.adapter.in.web.api.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.domain.post.Post;

/**
 * A published post in full. {@code body} is the Markdown the editor wrote; its public comments are
 * at {@code commentsUrl}; {@code partnerCities} and {@code topics} are in the editor's order;
 * {@code featuredImage} is null when it has none.
 */
public record PostResponse(String id, String slug, String title, String excerpt, String body, String author,
                           Instant publishedAt, List<PartnerCityRefResponse> partnerCities, List<TopicRefResponse> topics,
                           boolean commentsOpen, long commentCount, String commentsUrl,
                           FeaturedImageResponse featuredImage) {

    public static PostResponse from(PostDetails details) {
        Post post = details.post();
        String slug = post.slug().value();
        return new PostResponse(post.id().toString(), slug, post.title(), post.content().excerpt(),
                post.content().body(), post.authorName(), post.publishedAt().orElse(null),
                details.partnerCities().stream().map(PartnerCityRefResponse::from).toList(),
                details.topics().stream().map(TopicRefResponse::from).toList(), details.acceptsComments(),
                details.approvedComments().size(), "/api/posts/" + slug + "/comments",
                FeaturedImageResponse.from(post, details.featuredImage()));
    }
}

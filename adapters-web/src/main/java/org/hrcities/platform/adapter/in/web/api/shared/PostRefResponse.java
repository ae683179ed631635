package org.hrcities.platform.adapter.in.web.api.shared;

import java.time.Instant;
import org.hrcities.platform.domain.post.Post;

/** A published post as other resources mention it. */
public record PostRefResponse(String slug, String title, Instant publishedAt, String url) {

    public static PostRefResponse from(Post post) {
        return new PostRefResponse(post.slug().value(), post.title(), post.publishedAt().orElse(null),
                "/api/posts/" + post.slug().value());
    }
}

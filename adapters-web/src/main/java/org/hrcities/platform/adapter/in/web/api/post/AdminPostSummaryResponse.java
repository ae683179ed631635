package org.hrcities.platform.adapter.in.web.api.post;

import java.time.Instant;
import org.hrcities.platform.domain.post.Post;

/** A post in the editors' list: enough to pick it, with its language and the address of the whole of it. */
public record AdminPostSummaryResponse(String id, String slug, String title, String status, Instant publishedAt,
                                       Instant updatedAt, long version, String url, String language) {

    public static AdminPostSummaryResponse from(Post post) {
        return new AdminPostSummaryResponse(post.id().toString(), post.slug().value(), post.title(), post.status().name(),
                post.publishedAt().orElse(null), post.updatedAt(), post.version(), "/api/admin/posts/" + post.id(),
                post.language().code());
    }
}

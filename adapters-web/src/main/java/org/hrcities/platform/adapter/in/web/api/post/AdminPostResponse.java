package org.hrcities.platform.adapter.in.web.api.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A post as editors see it, in any status: {@code publishedAt} is the publication or scheduled time
 * (null for a draft), {@code formerSlugs} still lead to it, {@code url} is its public address while
 * published, {@code version} is what the ETag says; {@code partnerCities} and {@code topics} are in
 * the editor's order; {@code featuredImage} is null when it has none; {@code language} is the code of the
 * language it is written in, {@code translations} the other posts of its translation group, by language.
 */
public record AdminPostResponse(String id, String slug, List<String> formerSlugs, String title, String excerpt,
                                String body, String author, String status, Instant publishedAt, Instant updatedAt,
                                List<PartnerCityRefResponse> partnerCities, List<TopicRefResponse> topics,
                                boolean commentsOpen, FeaturedImageResponse featuredImage, long version, String url,
                                String language, List<AdminTranslationResponse> translations) {

    public static AdminPostResponse from(PostForEditing editing) {
        Post post = editing.post();
        return new AdminPostResponse(post.id().toString(), post.slug().value(),
                post.formerSlugs().stream().map(Slug::value).toList(), post.title(), post.content().excerpt(),
                post.content().body(), post.authorName(), post.status().name(), post.publishedAt().orElse(null),
                post.updatedAt(), editing.partnerCities().stream().map(PartnerCityRefResponse::from).toList(),
                editing.topics().stream().map(TopicRefResponse::from).toList(),
                post.commentsOpen(), FeaturedImageResponse.from(post, editing.featuredImage()), post.version(),
                post.isPublished() ? "/api/posts/" + post.slug().value() : null, post.language().code(),
                editing.translations().stream().map(AdminTranslationResponse::from).toList());
    }
}

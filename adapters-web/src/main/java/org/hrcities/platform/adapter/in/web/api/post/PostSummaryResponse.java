package org.hrcities.platform.adapter.in.web.api.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationRefResponse;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.application.port.in.post.FoundPost;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.domain.post.Post;

/**
 * A published post in a list, with its language, partner cities and topics in the editor's order, its
 * featured image (null when it has none), its published translations and, for a search's result, the
 * passage that matched (null in other lists).
 */
public record PostSummaryResponse(String id, String language, String slug, String title, String excerpt, String author,
                                  Instant publishedAt, List<PartnerCityRefResponse> partnerCities,
                                  List<TopicRefResponse> topics, boolean commentsOpen, long commentCount, String url,
                                  FeaturedImageResponse featuredImage, List<TranslationRefResponse> translations,
                                  List<SnippetSegmentResponse> snippet) {

    /** A search's result, with its passage. */
    public static PostSummaryResponse from(FoundPost found, SiteLanguages languages) {
        PostSummaryResponse summary = from(found.post(), languages);
        return new PostSummaryResponse(summary.id, summary.language, summary.slug, summary.title, summary.excerpt,
                summary.author, summary.publishedAt, summary.partnerCities, summary.topics, summary.commentsOpen,
                summary.commentCount, summary.url, summary.featuredImage, summary.translations,
                SnippetSegmentResponse.from(found.snippet()));
    }

    public static PostSummaryResponse from(PublishedPost published, SiteLanguages languages) {
        Post post = published.post();
        return new PostSummaryResponse(post.id().toString(), post.language().code(), post.slug().value(), post.title(),
                post.content().excerpt(), post.authorName(), post.publishedAt().orElse(null),
                published.partnerCities().stream().map(PartnerCityRefResponse::from).toList(),
                published.topics().stream().map(TopicRefResponse::from).toList(),
                post.commentsOpen(), published.approvedComments(),
                Languages.link("/api/posts/" + post.slug().value(), post.language(), languages),
                FeaturedImageResponse.from(post, published.featuredImage()),
                PostResponse.translations(published.translations(), languages), null);
    }
}

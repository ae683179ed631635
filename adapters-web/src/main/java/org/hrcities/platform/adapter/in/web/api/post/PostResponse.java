package org.hrcities.platform.adapter.in.web.api.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationRefResponse;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.application.port.in.post.PublishedTranslation;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.domain.post.Post;

/**
 * A published post in full, in its {@code language}. {@code body} is the Markdown the editor wrote; its
 * public comments (those written on this translation) are at {@code commentsUrl}; {@code partnerCities} and
 * {@code topics} are in the editor's order; {@code featuredImage} is null when it has none;
 * {@code translations} are the post's published translations.
 */
public record PostResponse(String id, String language, String slug, String title, String excerpt, String body,
                           String author, Instant publishedAt, List<PartnerCityRefResponse> partnerCities,
                           List<TopicRefResponse> topics, boolean commentsOpen, long commentCount, String commentsUrl,
                           FeaturedImageResponse featuredImage, List<TranslationRefResponse> translations) {

    public static PostResponse from(PostDetails details, SiteLanguages languages) {
        Post post = details.post();
        String slug = post.slug().value();
        return new PostResponse(post.id().toString(), post.language().code(), slug, post.title(),
                post.content().excerpt(), post.content().body(), post.authorName(), post.publishedAt().orElse(null),
                details.partnerCities().stream().map(PartnerCityRefResponse::from).toList(),
                details.topics().stream().map(TopicRefResponse::from).toList(), details.acceptsComments(),
                details.approvedComments().size(),
                Languages.link("/api/posts/" + slug + "/comments", post.language(), languages),
                FeaturedImageResponse.from(post, details.featuredImage()),
                translations(details.translations(), languages));
    }

    /** The published translations of a post in the site's languages, each with its address in the API. */
    static List<TranslationRefResponse> translations(List<PublishedTranslation> translations, SiteLanguages languages) {
        return translations.stream().filter(translation -> languages.contains(translation.language()))
                .map(translation -> new TranslationRefResponse(translation.language().code(),
                        translation.slug().value(), translation.title(), Languages.link(
                                "/api/posts/" + translation.slug().value(), translation.language(), languages)))
                .toList();
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/** Maps posts to their rows and back. */
final class PostJpaMapper {

    private PostJpaMapper() {
    }

    static Post toDomain(PostJpaEntity row) {
        Post post = Post.reconstitute(new PostId(row.id), new Language(row.language),
                row.translationOf == null ? null : new PostId(UUID.fromString(row.translationOf)), new Slug(row.slug),
                row.formerSlugs.stream().map(Slug::new).toList(), new PostContent(row.title, row.body, row.excerpt), row.authorName, PostStatus.valueOf(row.status),
                row.publishedAt == null ? null : row.publishedAt.toInstant(),
                row.partnerCityIds.stream().map(PartnerCityId::new).toList(),
                row.topicIds.stream().map(TopicId::new).toList(), row.commentsOpen,
                row.updatedAt.toInstant(), row.version);
        if (row.featuredMediaId != null) {
            post.feature(new FeaturedImage(new MediaId(UUID.fromString(row.featuredMediaId)), row.featuredAlt));
        }
        return post;
    }

    /** Writes the post's state into the row; the version is left to JPA. */
    static void copyInto(Post post, PostJpaEntity row) {
        row.language = post.language().code();
        row.translationGroup = post.translationGroup().value();
        row.translationOf = post.translationOf().map(PostId::toString).orElse(null);
        row.slug = post.slug().value();
        row.title = post.content().title();
        row.body = post.content().body();
        row.excerpt = post.content().excerpt();
        row.authorName = post.authorName();
        row.status = post.status().name();
        row.publishedAt = post.publishedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        row.commentsOpen = post.commentsOpen();
        row.updatedAt = post.updatedAt().atOffset(ZoneOffset.UTC);
        row.featuredMediaId = post.featuredImage().map(image -> image.media().toString()).orElse(null);
        row.featuredAlt = post.featuredImage().map(FeaturedImage::altText).orElse(null);
        Set<String> formerSlugs = post.formerSlugs().stream().map(Slug::value).collect(Collectors.toSet());
        if (!row.formerSlugs.equals(formerSlugs)) {
            row.formerSlugs.retainAll(formerSlugs);
            row.formerSlugs.addAll(formerSlugs);
        }
        List<UUID> cities = post.partnerCities().stream().map(PartnerCityId::value).toList();
        if (!row.partnerCityIds.equals(cities)) {
            row.partnerCityIds.clear();
            row.partnerCityIds.addAll(cities);
        }
        List<UUID> topics = post.topics().stream().map(TopicId::value).toList();
        if (!row.topicIds.equals(topics)) {
            row.topicIds.clear();
            row.topicIds.addAll(topics);
        }
    }
}

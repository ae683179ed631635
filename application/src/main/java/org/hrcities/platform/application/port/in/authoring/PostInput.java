package org.hrcities.platform.application.port.in.authoring;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;

/**
 * What an editor writes into a post, as the admin form or the admin API sends it. It validates
 * itself: a bad value throws {@link InvalidValueException} naming its field ({@code title},
 * {@code body}, {@code excerpt}, {@code slug}, {@code author}, {@code partnerCities}, {@code topics}),
 * so the web layer can show it next to the input. Text is stored stripped; a blank slug is null
 * (derived from the title for a new post, left as it is for an edited one). A body may be empty
 * while the post is a draft. {@code topics} names the topics to file the post under by their slugs,
 * in the editor's order. {@code featuredImage} is the image that stands for the post, or null for none.
 */
public record PostInput(String title, String excerpt, String body, String slug, List<PartnerCityId> partnerCities,
                        List<Slug> topics, boolean commentsOpen, String authorName, FeaturedImage featuredImage) {

    public PostInput {
        PostContent content = new PostContent(title, body, excerpt);
        title = content.title();
        body = content.body();
        excerpt = content.excerpt();
        slug = slug == null || slug.isBlank() ? null : new Slug(slug.strip()).value();
        if (partnerCities == null) {
            partnerCities = List.of();
        }
        if (partnerCities.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("partnerCities", "partner cities must not hold an empty id");
        }
        partnerCities = List.copyOf(partnerCities);
        if (topics == null) {
            topics = List.of();
        }
        if (topics.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("topics", "topics must not hold an empty slug");
        }
        topics = List.copyOf(topics);
        authorName = Text.requireSingleLine("author", authorName, Post.MAX_AUTHOR_LENGTH);
    }

    /** What an editor writes into a post without a featured image. */
    public PostInput(String title, String excerpt, String body, String slug, List<PartnerCityId> partnerCities,
                     List<Slug> topics, boolean commentsOpen, String authorName) {
        this(title, excerpt, body, slug, partnerCities, topics, commentsOpen, authorName, null);
    }

    /** What an editor writes into a post filed under no topic. */
    public PostInput(String title, String excerpt, String body, String slug, List<PartnerCityId> partnerCities,
                     boolean commentsOpen, String authorName) {
        this(title, excerpt, body, slug, partnerCities, List.of(), commentsOpen, authorName, null);
    }

    public PostContent content() {
        return new PostContent(title, body, excerpt);
    }

    /** The slug the editor gave, or null to derive it from the title (new posts) or keep it (edited posts). */
    public Slug slugOrNull() {
        return slug == null ? null : new Slug(slug);
    }
}

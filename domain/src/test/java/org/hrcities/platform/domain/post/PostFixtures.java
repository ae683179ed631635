package org.hrcities.platform.domain.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** Posts for tests. Each call builds a new post with a new id. */
public final class PostFixtures {

    public static final Instant PUBLISHED_AT = Instant.parse("2021-01-04T09:00:00Z");
    /** When the fixtures' drafts were written. */
    public static final Instant CREATED_AT = Instant.parse("2021-01-02T10:00:00Z");
    /** The language of the fixtures' posts. */
    public static final Language ENGLISH = new Language("en");
    public static final Language FRENCH = new Language("fr");
    public static final Language GERMAN = new Language("de");

    private PostFixtures() {
    }

    public static PostContent someContent() {
        return new PostContent("Happy New Year 2021!", "We wish you a fruitful New Year 2021!",
                "Our wishes for the year ahead.");
    }

    public static Post aDraftPost() {
        return Post.draft(PostId.generate(), ENGLISH, null, someContent(), "The Network Team", List.of(), true, CREATED_AT);
    }

    public static Post aPublishedPost() {
        return aPublishedPost("happy-new-year-2021-" + Long.toHexString(System.nanoTime()), PUBLISHED_AT);
    }

    public static Post aPublishedPost(String slug, Instant publishedAt) {
        return aPublishedPost(slug, publishedAt, List.of());
    }

    public static Post aPublishedPost(String slug, Instant publishedAt, List<PartnerCityId> cities) {
        Post post = Post.draft(PostId.generate(), ENGLISH, new Slug(slug), someContent(), "The Network Team", cities, true,
                publishedAt);
        post.publish(publishedAt);
        return post;
    }

    /** A draft with a body and its own slug, scheduled to be published at {@code at} (after {@link #CREATED_AT}). */
    public static Post aScheduledPost(String slug, Instant at) {
        Post post = Post.draft(PostId.generate(), ENGLISH, new Slug(slug), someContent(), "The Network Team", List.of(), true,
                CREATED_AT);
        post.schedule(at, CREATED_AT);
        return post;
    }

    public static Post aPublishedPostWithCommentsClosed() {
        Post post = aPublishedPost();
        post.closeComments();
        return post;
    }
}

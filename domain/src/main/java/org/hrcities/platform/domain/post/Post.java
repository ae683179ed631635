package org.hrcities.platform.domain.post;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;

/**
 * A news post of the network: written as a draft, then published at once or scheduled for later.
 * It may be tagged with the partner cities it is about, and readers may comment on it while it is
 * published and its comments are open.
 */
public final class Post {

    public static final int MAX_AUTHOR_LENGTH = 100;

    private final PostId id;
    private Slug slug;
    private PostContent content;
    private final String authorName;
    private PostStatus status;
    private Instant publishedAt;
    private List<PartnerCityId> partnerCities;
    private boolean commentsOpen;
    private final long version;

    private Post(PostId id, Slug slug, PostContent content, String authorName, PostStatus status,
                 Instant publishedAt, Collection<PartnerCityId> partnerCities, boolean commentsOpen, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.content = Objects.requireNonNull(content, "content");
        this.authorName = Text.requireSingleLine("author", authorName, MAX_AUTHOR_LENGTH);
        this.status = Objects.requireNonNull(status, "status");
        this.publishedAt = publishedAt;
        this.partnerCities = distinct(partnerCities);
        this.commentsOpen = commentsOpen;
        this.version = version;
        if ((status == PostStatus.DRAFT) != (publishedAt == null)) {
            throw new PostStateException("a post has a publication time exactly when it is scheduled or published");
        }
        if (status != PostStatus.DRAFT && !content.hasBody()) {
            throw new PostStateException("a post without a body cannot be published or scheduled");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /**
     * Starts a new post as a draft. Without a slug, the slug is derived from the title.
     */
    public static Post draft(PostId id, Slug slugOrNull, PostContent content, String authorName,
                             Collection<PartnerCityId> partnerCities, boolean commentsOpen) {
        Objects.requireNonNull(content, "content");
        Slug slug = slugOrNull != null ? slugOrNull : Slug.fromTitle(content.title());
        return new Post(id, slug, content, authorName, PostStatus.DRAFT, null, partnerCities, commentsOpen, 0);
    }

    /** Rebuilds a stored post exactly as it was saved; used by storage adapters. */
    public static Post reconstitute(PostId id, Slug slug, PostContent content, String authorName, PostStatus status,
                                    Instant publishedAt, Collection<PartnerCityId> partnerCities,
                                    boolean commentsOpen, long version) {
        return new Post(id, slug, content, authorName, status, publishedAt, partnerCities, commentsOpen, version);
    }

    /** Publishes the post now. Scheduled posts are published early. */
    public void publish(Instant now) {
        Objects.requireNonNull(now, "now");
        if (status == PostStatus.PUBLISHED) {
            throw new PostStateException("the post is already published");
        }
        requireBody();
        status = PostStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Schedules the post to be published at {@code at}, which must lie in the future. */
    public void schedule(Instant at, Instant now) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(now, "now");
        if (status == PostStatus.PUBLISHED) {
            throw new PostStateException("the post is already published; unpublish it before scheduling it");
        }
        if (!at.isAfter(now)) {
            throw new InvalidValueException("publishAt", "the publication time must lie in the future");
        }
        requireBody();
        status = PostStatus.SCHEDULED;
        publishedAt = at;
    }

    /** Publishes a scheduled post whose time has come. Answers whether it did. */
    public boolean publishIfDue(Instant now) {
        if (status == PostStatus.SCHEDULED && !publishedAt.isAfter(now)) {
            status = PostStatus.PUBLISHED;
            return true;
        }
        return false;
    }

    /** Takes a published or scheduled post back to draft. */
    public void unpublish() {
        if (status == PostStatus.DRAFT) {
            throw new PostStateException("the post is not published");
        }
        status = PostStatus.DRAFT;
        publishedAt = null;
    }

    /** Replaces what the post says. A published post must keep a body. */
    public void revise(PostContent newContent) {
        Objects.requireNonNull(newContent, "content");
        if (status != PostStatus.DRAFT && !newContent.hasBody()) {
            throw new PostStateException("a published or scheduled post must keep a body");
        }
        content = newContent;
    }

    public void changeSlug(Slug newSlug) {
        slug = Objects.requireNonNull(newSlug, "slug");
    }

    public void tagPartnerCities(Collection<PartnerCityId> cities) {
        partnerCities = distinct(cities);
    }

    public void openComments() {
        commentsOpen = true;
    }

    public void closeComments() {
        commentsOpen = false;
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    /** Readers may comment on a published post whose comments are open. */
    public boolean acceptsComments() {
        return isPublished() && commentsOpen;
    }

    private void requireBody() {
        if (!content.hasBody()) {
            throw new PostStateException("a post without a body cannot be published or scheduled");
        }
    }

    private static List<PartnerCityId> distinct(Collection<PartnerCityId> cities) {
        if (cities == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(cities));
    }

    public PostId id() {
        return id;
    }

    public Slug slug() {
        return slug;
    }

    public PostContent content() {
        return content;
    }

    public String title() {
        return content.title();
    }

    public String authorName() {
        return authorName;
    }

    public PostStatus status() {
        return status;
    }

    /** When the post was or will be published; empty for drafts. */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<PartnerCityId> partnerCities() {
        return partnerCities;
    }

    public boolean commentsOpen() {
        return commentsOpen;
    }

    /** The stored version this post was read at; 0 for a post never saved. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Post post && post.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Post[" + id + ", " + slug + ", " + status + "]";
    }
}

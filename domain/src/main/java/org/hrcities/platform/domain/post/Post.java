package org.hrcities.platform.domain.post;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * A news post of the network: written as a draft, then published at once or scheduled for later.
 * It may be tagged with the partner cities it is about, and readers may comment on it while it is
 * published and its comments are open.
 *
 * <p>When the slug of a published post changes, the old slug becomes a <em>former slug</em> that keeps
 * leading readers to the post (WordPress's {@code _wp_old_slug}). {@link #updatedAt()} says when an
 * editor last created, edited, published, scheduled or withdrew the post, for the editors' list.
 *
 * <p>A post is written in one {@link #language()}, which does not change. A translation of a post is a
 * post of its own (its own slug, status, schedule and comments) in another language, made with
 * {@link #translate}; the posts that translate each other form a <em>translation group</em>, named by the
 * id of the post the others were translated from ({@link #translationGroup()}). A group holds at most one
 * post per language; storage adapters enforce it ({@link TranslationAlreadyExistsException}).
 */
public final class Post {

    public static final int MAX_AUTHOR_LENGTH = 100;

    private final PostId id;
    private final Language language;
    private final PostId translationOf;
    private Slug slug;
    private final Set<Slug> formerSlugs = new TreeSet<>(Comparator.comparing(Slug::value));
    private PostContent content;
    private String authorName;
    private PostStatus status;
    private Instant publishedAt;
    private List<PartnerCityId> partnerCities;
    private List<TopicId> topics;
    private boolean commentsOpen;
    private FeaturedImage featuredImage;
    private Instant updatedAt;
    private final long version;

    private Post(PostId id, Language language, PostId translationOf, Slug slug, Collection<Slug> formerSlugs,
                 PostContent content, String authorName, PostStatus status, Instant publishedAt,
                 Collection<PartnerCityId> partnerCities, Collection<TopicId> topics, boolean commentsOpen,
                 Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.language = Objects.requireNonNull(language, "language");
        if (id.equals(translationOf)) {
            throw new PostStateException("a post cannot be a translation of itself");
        }
        this.translationOf = translationOf;
        this.slug = Objects.requireNonNull(slug, "slug");
        if (formerSlugs != null) {
            formerSlugs.forEach(former -> this.formerSlugs.add(Objects.requireNonNull(former, "former slug")));
        }
        if (this.formerSlugs.contains(slug)) {
            throw new PostStateException("the current slug of a post cannot also be one of its former slugs");
        }
        this.content = Objects.requireNonNull(content, "content");
        this.authorName = Text.requireSingleLine("author", authorName, MAX_AUTHOR_LENGTH);
        this.status = Objects.requireNonNull(status, "status");
        this.publishedAt = publishedAt;
        this.partnerCities = distinct(partnerCities);
        this.topics = distinct(topics);
        this.commentsOpen = commentsOpen;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
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
     * Starts a new post in {@code language} as a draft, written at {@code createdAt}. Without a slug, the
     * slug is derived from the title.
     */
    public static Post draft(PostId id, Language language, Slug slugOrNull, PostContent content, String authorName,
                             Collection<PartnerCityId> partnerCities, boolean commentsOpen, Instant createdAt) {
        Objects.requireNonNull(content, "content");
        Slug slug = slugOrNull != null ? slugOrNull : Slug.fromTitle(content.title());
        return new Post(id, language, null, slug, List.of(), content, authorName, PostStatus.DRAFT, null,
                partnerCities, List.of(), commentsOpen, createdAt, 0);
    }

    /**
     * Starts a translation of this post into {@code language}: a new draft of the same translation group,
     * tagged with the same partner cities and topics, with the same featured image and its comments open
     * or closed as this post's. Without a slug, the slug is derived from the translated title.
     *
     * @throws InvalidValueException if {@code language} is this post's own
     */
    public Post translate(PostId newId, Language language, Slug slugOrNull, PostContent content, String authorName,
                          Instant createdAt) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
        if (language.equals(this.language)) {
            throw new InvalidValueException("language", "the post is already written in " + language.code()
                    + "; a translation is in another language");
        }
        Slug slug = slugOrNull != null ? slugOrNull : Slug.fromTitle(content.title());
        Post translation = new Post(newId, language, translationGroup(), slug, List.of(), content, authorName,
                PostStatus.DRAFT, null, partnerCities, topics, commentsOpen, createdAt, 0);
        translation.featuredImage = featuredImage;
        return translation;
    }

    /**
     * A post brought in from another platform as it stood there: in any status, published at the time
     * it was published there, with the slugs it had there before. Its state must be one this platform
     * can hold (a published or scheduled post has a body and a publication time; a draft has none).
     */
    public static Post migrated(PostId id, Language language, PostId translationOfOrNull, Slug slug,
                                Collection<Slug> formerSlugs, PostContent content, String authorName,
                                PostStatus status, Instant publishedAt, Collection<PartnerCityId> partnerCities,
                                Collection<TopicId> topics, boolean commentsOpen, Instant importedAt) {
        return new Post(id, language, translationOfOrNull, slug, formerSlugs, content, authorName, status,
                publishedAt, partnerCities, topics, commentsOpen, importedAt, 0);
    }

    /**
     * Rebuilds a stored post exactly as it was saved; used by storage adapters, and by an import that
     * replaces a post it brought in earlier with what a later export says (at the stored version).
     */
    public static Post reconstitute(PostId id, Language language, PostId translationOfOrNull, Slug slug,
                                    Collection<Slug> formerSlugs, PostContent content, String authorName,
                                    PostStatus status, Instant publishedAt, Collection<PartnerCityId> partnerCities,
                                    Collection<TopicId> topics, boolean commentsOpen, Instant updatedAt,
                                    long version) {
        return new Post(id, language, translationOfOrNull, slug, formerSlugs, content, authorName, status,
                publishedAt, partnerCities, topics, commentsOpen, updatedAt, version);
    }

    /**
     * An editor replaces everything the post says and how it is addressed and tagged, at {@code now}.
     * See {@link #changeSlug} for what happens to the old slug.
     */
    public void edit(PostContent newContent, Slug newSlug, String newAuthorName, Collection<PartnerCityId> cities,
                     boolean newCommentsOpen, Instant now) {
        Objects.requireNonNull(now, "now");
        String checkedAuthor = Text.requireSingleLine("author", newAuthorName, MAX_AUTHOR_LENGTH);
        revise(newContent);
        changeSlug(newSlug);
        authorName = checkedAuthor;
        tagPartnerCities(cities);
        commentsOpen = newCommentsOpen;
        updatedAt = now;
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
        updatedAt = now;
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
        updatedAt = now;
    }

    /** Publishes a scheduled post whose time has come. Answers whether it did. */
    public boolean publishIfDue(Instant now) {
        if (isDue(now)) {
            status = PostStatus.PUBLISHED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    /** Takes a published or scheduled post back to draft. Its former slugs stay: they lead to it again once republished. */
    public void unpublish(Instant now) {
        Objects.requireNonNull(now, "now");
        if (status == PostStatus.DRAFT) {
            throw new PostStateException("the post is not published");
        }
        status = PostStatus.DRAFT;
        publishedAt = null;
        updatedAt = now;
    }

    /** Replaces what the post says. A published post must keep a body. */
    public void revise(PostContent newContent) {
        Objects.requireNonNull(newContent, "content");
        if (status != PostStatus.DRAFT && !newContent.hasBody()) {
            throw new PostStateException("a published or scheduled post must keep a body");
        }
        content = newContent;
    }

    /**
     * Gives the post a new slug. When the post is published, its old slug becomes a former slug that
     * keeps leading to it; a slug the post had before and takes again is no longer a former slug.
     */
    public void changeSlug(Slug newSlug) {
        Objects.requireNonNull(newSlug, "slug");
        if (newSlug.equals(slug)) {
            return;
        }
        if (status == PostStatus.PUBLISHED) {
            formerSlugs.add(slug);
        }
        formerSlugs.remove(newSlug);
        slug = newSlug;
    }

    /**
     * Stops a former slug from leading to this post, because another post now answers at it.
     * Answers whether it was one of this post's former slugs.
     */
    public boolean dropFormerSlug(Slug former) {
        return formerSlugs.remove(Objects.requireNonNull(former, "former slug"));
    }

    public void tagPartnerCities(Collection<PartnerCityId> cities) {
        partnerCities = distinct(cities);
    }

    /** Files the post under these topics, in this order (repeats dropped). */
    public void fileUnder(Collection<TopicId> newTopics) {
        topics = distinct(newTopics);
    }

    /**
     * Puts {@code image} at the head of the post and beside it on lists, or (null) none. Like its topics,
     * the image is what the editor's form or the import says: storage adapters set it on the post they
     * rebuild.
     */
    public void feature(FeaturedImage image) {
        featuredImage = image;
    }

    /** The image that stands for the post, if it has one. */
    public Optional<FeaturedImage> featuredImage() {
        return Optional.ofNullable(featuredImage);
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

    /** A scheduled post whose publication time has come, waiting for {@link #publishIfDue}. */
    public boolean isDue(Instant now) {
        return status == PostStatus.SCHEDULED && !publishedAt.isAfter(Objects.requireNonNull(now, "now"));
    }

    /**
     * Readers may read the post at {@code now}: it is published, or it is scheduled and its time has
     * come (between its time and the moment the scheduler publishes it).
     */
    public boolean isReadableAt(Instant now) {
        return isPublished() || isDue(now);
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

    private static <T> List<T> distinct(Collection<T> ids) {
        if (ids == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    public PostId id() {
        return id;
    }

    /** The language the post is written in; it does not change. */
    public Language language() {
        return language;
    }

    /** The post of the translation group this one was translated from; empty for the group's original. */
    public Optional<PostId> translationOf() {
        return Optional.ofNullable(translationOf);
    }

    /** The translation group: the id of its original, which is this post's own id for an original. */
    public PostId translationGroup() {
        return translationOf != null ? translationOf : id;
    }

    /** Whether this post is a translation of another. */
    public boolean isTranslation() {
        return translationOf != null;
    }

    public Slug slug() {
        return slug;
    }

    /** The slugs the post had while published, which keep leading to it, in alphabetical order. */
    public Set<Slug> formerSlugs() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(formerSlugs));
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

    /** The topics the post is filed under, in the order the editor gave them. */
    public List<TopicId> topics() {
        return topics;
    }

    public boolean commentsOpen() {
        return commentsOpen;
    }

    /** When an editor last created or changed the post (or the scheduler published it). */
    public Instant updatedAt() {
        return updatedAt;
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
        return "Post[" + id + ", " + language + ", " + slug + ", " + status + "]";
    }
}

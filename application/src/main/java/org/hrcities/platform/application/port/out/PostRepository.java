package org.hrcities.platform.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Stores posts. Every method must be called inside {@link TransactionPort#inTransaction}.
 *
 * <p>Slugs are unique within a language: a post in French and one in English may have the same slug
 * (their addresses differ by the language's prefix). A translation group holds one post per language.
 */
public interface PostRepository {

    /**
     * Stores a new post (version 0) or the changes to a stored one, its former slugs included. A
     * change to the former slugs alone moves the version on like any other change.
     *
     * @throws ConcurrentUpdateException if the stored post is no longer at {@code post.version()},
     *         or a new post's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another post in the same
     *         language has the slug as its slug, or has one of the post's former slugs as a former slug of
     *         its own (a former slug leads to one post of a language only: drop it from the other post first)
     * @throws TranslationAlreadyExistsException if another post of the post's translation group is in the
     *         post's language; nothing is written then
     */
    void save(Post post);

    /**
     * Removes the post, its partner-city tags and all its comments.
     *
     * @throws ConcurrentUpdateException if the stored post is gone or no longer at {@code post.version()}
     */
    void delete(Post post);

    Optional<Post> findById(PostId id);

    /** The post in {@code language} whose current slug it is. */
    Optional<Post> findBySlug(Language language, Slug slug);

    /**
     * The post in {@code language} that had the slug while published and has since changed it (in any
     * status now).
     */
    Optional<Post> findByFormerSlug(Language language, Slug slug);

    /**
     * Every post of the translation group named by {@code group} (the id of its original), the original
     * included, in any status, ordered by language code; empty when no such group exists.
     */
    List<Post> findTranslations(PostId group);

    /**
     * The posts of the translation groups named by {@code groups} that are published, in no particular
     * order: what lists of posts show of each post's translations, in one read for a page.
     */
    List<Post> findPublishedOfGroups(Collection<PostId> groups);

    /** Published posts in every language, newest publication first (ties broken by id): the sitemap's. */
    Page<Post> findPublished(PageRequest page);

    /** Published posts in {@code language}, newest publication first (ties broken by id). */
    Page<Post> findPublished(Language language, PageRequest page);

    /** Published posts in {@code language} tagged with the city, newest first. */
    Page<Post> findPublishedByPartnerCity(Language language, PartnerCityId city, PageRequest page);

    /** Published posts in {@code language} filed under the topic, newest first. */
    Page<Post> findPublishedByTopic(Language language, TopicId topic, PageRequest page);

    /**
     * Published posts whose title or body holds every one of {@code words} (lower-case, matched
     * without regard to case, as plain text: no wildcards), newest first.
     */
    Page<Post> searchPublished(List<String> words, PageRequest page);

    /**
     * Posts in any status and language for the editors, or only those in {@code statusOrNull} and in
     * {@code languageOrNull}, whose title or body holds every one of {@code words} (lower-case, matched as
     * plain text without regard to case; no words: every post), the most recently changed first (ties
     * broken by id).
     */
    Page<Post> findForEditing(Language languageOrNull, PostStatus statusOrNull, List<String> words, PageRequest page);

    /** How many posts are in each status; every status is a key, with 0 when no post is in it. */
    Map<PostStatus, Long> countByStatus();

    /**
     * Scheduled posts whose publication time is {@code now} or earlier, the longest due first (ties
     * broken by id), at most {@code limit} of them.
     */
    List<Post> findDueScheduled(Instant now, int limit);

    /** Number of posts in any status. */
    long count();
}

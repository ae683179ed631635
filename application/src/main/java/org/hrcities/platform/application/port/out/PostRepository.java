package org.hrcities.platform.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Stores posts. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface PostRepository {

    /**
     * Stores a new post (version 0) or the changes to a stored one, its former slugs included. A
     * change to the former slugs alone moves the version on like any other change.
     *
     * @throws ConcurrentUpdateException if the stored post is no longer at {@code post.version()},
     *         or a new post's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another post has the slug
     *         as its slug, or has one of the post's former slugs as a former slug of its own (a former
     *         slug leads to one post only: drop it from the other post first)
     */
    void save(Post post);

    /**
     * Removes the post, its partner-city tags and all its comments.
     *
     * @throws ConcurrentUpdateException if the stored post is gone or no longer at {@code post.version()}
     */
    void delete(Post post);

    Optional<Post> findById(PostId id);

    /** The post whose current slug it is. */
    Optional<Post> findBySlug(Slug slug);

    /** The post that had the slug while published and has since changed it (in any status now). */
    Optional<Post> findByFormerSlug(Slug slug);

    /** Published posts, newest publication first (ties broken by id). */
    Page<Post> findPublished(PageRequest page);

    /** Published posts tagged with the city, newest first. */
    Page<Post> findPublishedByPartnerCity(PartnerCityId city, PageRequest page);

    /** Published posts filed under the topic, newest first. */
    Page<Post> findPublishedByTopic(TopicId topic, PageRequest page);

    /**
     * Published posts whose title or body holds every one of {@code words} (lower-case, matched
     * without regard to case, as plain text: no wildcards), newest first.
     */
    Page<Post> searchPublished(List<String> words, PageRequest page);

    /**
     * Posts in any status for the editors, or only those in {@code statusOrNull}, whose title or
     * body holds every one of {@code words} (lower-case, matched as plain text without regard to
     * case; no words: every post), the most recently changed first (ties broken by id).
     */
    Page<Post> findForEditing(PostStatus statusOrNull, List<String> words, PageRequest page);

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

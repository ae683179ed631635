package org.hrcities.platform.application.port.out;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Stores posts. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface PostRepository {

    /**
     * Stores a new post (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored post is no longer at {@code post.version()},
     *         or a new post's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another post has the slug
     */
    void save(Post post);

    /**
     * Removes the post, its partner-city tags and all its comments.
     *
     * @throws ConcurrentUpdateException if the stored post is gone or no longer at {@code post.version()}
     */
    void delete(Post post);

    Optional<Post> findById(PostId id);

    Optional<Post> findBySlug(Slug slug);

    /** Published posts, newest publication first (ties broken by id). */
    Page<Post> findPublished(PageRequest page);

    /** Published posts tagged with the city, newest first. */
    Page<Post> findPublishedByPartnerCity(PartnerCityId city, PageRequest page);

    /**
     * Published posts whose title or body holds every one of {@code words} (lower-case, matched
     * without regard to case, as plain text: no wildcards), newest first.
     */
    Page<Post> searchPublished(List<String> words, PageRequest page);

    /** Number of posts in any status. */
    long count();
}

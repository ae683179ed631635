package org.hrcities.platform.adapter.out.persistence.lucene;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.adapter.out.persistence.AfterCommit;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * A post repository whose writes reach the search index once their transaction commits: each post
 * saved is taken as it stood when saved (at the version the save stores, one above the version it
 * was read at), each post deleted is dropped. Reads go straight to the repository.
 */
public final class IndexedPostRepository implements PostRepository {

    private final PostRepository posts;
    private final LucenePostIndex index;
    private final AfterCommit afterCommit;

    public IndexedPostRepository(PostRepository posts, LucenePostIndex index, AfterCommit afterCommit) {
        this.posts = Objects.requireNonNull(posts);
        this.index = Objects.requireNonNull(index);
        this.afterCommit = Objects.requireNonNull(afterCommit);
    }

    @Override
    public void save(Post post) {
        posts.save(post);
        IndexedPost indexed = IndexedPost.of(post, index.languageOf(post.id()));
        long version = post.version() + 1;
        afterCommit.afterCommit(() -> index.put(indexed, version));
    }

    @Override
    public void delete(Post post) {
        posts.delete(post);
        PostId id = post.id();
        afterCommit.afterCommit(() -> index.remove(id));
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return posts.findById(id);
    }

    @Override
    public Optional<Post> findBySlug(Slug slug) {
        return posts.findBySlug(slug);
    }

    @Override
    public Optional<Post> findByFormerSlug(Slug slug) {
        return posts.findByFormerSlug(slug);
    }

    @Override
    public Page<Post> findPublished(PageRequest page) {
        return posts.findPublished(page);
    }

    @Override
    public Page<Post> findPublishedByPartnerCity(PartnerCityId city, PageRequest page) {
        return posts.findPublishedByPartnerCity(city, page);
    }

    @Override
    public Page<Post> findPublishedByTopic(TopicId topic, PageRequest page) {
        return posts.findPublishedByTopic(topic, page);
    }

    @Override
    public Page<Post> searchPublished(List<String> words, PageRequest page) {
        return posts.searchPublished(words, page);
    }

    @Override
    public Page<Post> findForEditing(PostStatus statusOrNull, List<String> words, PageRequest page) {
        return posts.findForEditing(statusOrNull, words, page);
    }

    @Override
    public Map<PostStatus, Long> countByStatus() {
        return posts.countByStatus();
    }

    @Override
    public List<Post> findDueScheduled(Instant now, int limit) {
        return posts.findDueScheduled(now, limit);
    }

    @Override
    public long count() {
        return posts.count();
    }
}

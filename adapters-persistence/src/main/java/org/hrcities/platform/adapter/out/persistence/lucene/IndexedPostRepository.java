package org.hrcities.platform.adapter.out.persistence.lucene;

import java.time.Instant;
import java.util.Collection;
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
import org.hrcities.platform.domain.shared.Language;
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
        IndexedPost indexed = IndexedPost.of(post);
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
    public Optional<Post> findBySlug(Language language, Slug slug) {
        return posts.findBySlug(language, slug);
    }

    @Override
    public Optional<Post> findByFormerSlug(Language language, Slug slug) {
        return posts.findByFormerSlug(language, slug);
    }

    @Override
    public List<Post> findTranslations(PostId group) {
        return posts.findTranslations(group);
    }

    @Override
    public List<Post> findPublishedOfGroups(Collection<PostId> groups) {
        return posts.findPublishedOfGroups(groups);
    }

    @Override
    public Page<Post> findPublished(PageRequest page) {
        return posts.findPublished(page);
    }

    @Override
    public Page<Post> findPublished(Language language, PageRequest page) {
        return posts.findPublished(language, page);
    }

    @Override
    public Page<Post> findPublishedByPartnerCity(Language language, PartnerCityId city, PageRequest page) {
        return posts.findPublishedByPartnerCity(language, city, page);
    }

    @Override
    public Page<Post> findPublishedByTopic(Language language, TopicId topic, PageRequest page) {
        return posts.findPublishedByTopic(language, topic, page);
    }

    @Override
    public Page<Post> searchPublished(List<String> words, PageRequest page) {
        return posts.searchPublished(words, page);
    }

    @Override
    public Page<Post> findForEditing(Language languageOrNull, PostStatus statusOrNull, List<String> words,
                                     PageRequest page) {
        return posts.findForEditing(languageOrNull, statusOrNull, words, page);
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

package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hrcities.platform.application.port.out.PostRepository;
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
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Posts in memory, with an index of the published ones kept newest first, and indexes of the slugs and
 * former slugs of each language and of the post of each language in each translation group.
 */
final class InMemoryPostRepository implements PostRepository {

    private record PublishedKey(Instant at, UUID id) {
    }

    /** A slug in a language: unique among posts. */
    private record SlugKey(Language language, Slug slug) {
    }

    /** A language in a translation group: one post at most. */
    private record TranslationKey(PostId group, Language language) {
    }

    private static final Comparator<PublishedKey> NEWEST_FIRST = Comparator
            .comparing(PublishedKey::at, Comparator.reverseOrder())
            .thenComparing(PublishedKey::id, Snapshots.UUID_BYTE_ORDER.reversed());

    /** The editors' list: most recently changed first, as the database adapters order it. */
    private static final Comparator<Post> RECENTLY_CHANGED_FIRST = Comparator.comparing(Post::updatedAt)
            .thenComparing(post -> post.id().value(), Snapshots.UUID_BYTE_ORDER).reversed();

    private final InMemoryTransactions transactions;
    private final Map<PostId, Post> byId = new ConcurrentHashMap<>();
    private final Map<SlugKey, PostId> bySlug = new ConcurrentHashMap<>();
    private final Map<SlugKey, PostId> byFormerSlug = new ConcurrentHashMap<>();
    private final Map<TranslationKey, PostId> byTranslation = new ConcurrentHashMap<>();
    private final NavigableMap<PublishedKey, PostId> published = new ConcurrentSkipListMap<>(NEWEST_FIRST);
    private volatile int publishedCount;
    private Consumer<PostId> onDelete = post -> { };

    InMemoryPostRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Post post) {
        transactions.lockForWrite();
        Post stored = byId.get(post.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (post.version() != storedVersion) {
            throw new ConcurrentUpdateException("post", post.id());
        }
        PostId translationOwner = byTranslation.get(new TranslationKey(post.translationGroup(), post.language()));
        if (translationOwner != null && !translationOwner.equals(post.id())) {
            throw new TranslationAlreadyExistsException(post.translationGroup(), post.language());
        }
        PostId slugOwner = bySlug.get(new SlugKey(post.language(), post.slug()));
        if (slugOwner != null && !slugOwner.equals(post.id())) {
            throw new SlugAlreadyTakenException("post", post.slug());
        }
        for (Slug former : post.formerSlugs()) {
            PostId formerOwner = byFormerSlug.get(new SlugKey(post.language(), former));
            if (formerOwner != null && !formerOwner.equals(post.id())) {
                throw new SlugAlreadyTakenException("post", former);
            }
        }
        Post copy = Snapshots.copy(post, storedVersion + 1);
        transactions.onRollback(() -> {
            unindex(copy);
            if (stored == null) {
                byId.remove(post.id());
            } else {
                byId.put(post.id(), stored);
                index(stored);
            }
        });
        if (stored != null) {
            unindex(stored);
        }
        byId.put(post.id(), copy);
        index(copy);
    }

    @Override
    public void delete(Post post) {
        transactions.lockForWrite();
        Post stored = byId.get(post.id());
        if (stored == null || stored.version() != post.version()) {
            throw new ConcurrentUpdateException("post", post.id());
        }
        transactions.onRollback(() -> {
            byId.put(post.id(), stored);
            index(stored);
        });
        onDelete.accept(post.id());
        unindex(stored);
        byId.remove(post.id());
    }

    /** What else goes when a post goes (its comments); called inside the deleting transaction. */
    void onDelete(Consumer<PostId> cascade) {
        this.onDelete = cascade;
    }

    private void index(Post post) {
        bySlug.put(new SlugKey(post.language(), post.slug()), post.id());
        byTranslation.put(new TranslationKey(post.translationGroup(), post.language()), post.id());
        post.formerSlugs().forEach(former -> byFormerSlug.put(new SlugKey(post.language(), former), post.id()));
        if (post.isPublished()) {
            published.put(keyOf(post), post.id());
            publishedCount++;
        }
    }

    private void unindex(Post post) {
        bySlug.remove(new SlugKey(post.language(), post.slug()), post.id());
        byTranslation.remove(new TranslationKey(post.translationGroup(), post.language()), post.id());
        post.formerSlugs().forEach(former -> byFormerSlug.remove(new SlugKey(post.language(), former), post.id()));
        if (post.isPublished() && published.remove(keyOf(post)) != null) {
            publishedCount--;
        }
    }

    private static PublishedKey keyOf(Post post) {
        return new PublishedKey(post.publishedAt().orElseThrow(), post.id().value());
    }

    @Override
    public Optional<Post> findById(PostId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(post -> Snapshots.copy(post, post.version()));
    }

    @Override
    public Optional<Post> findBySlug(Language language, Slug slug) {
        transactions.requireTransaction();
        return Optional.ofNullable(bySlug.get(new SlugKey(language, slug))).flatMap(this::findById);
    }

    @Override
    public Optional<Post> findByFormerSlug(Language language, Slug slug) {
        transactions.requireTransaction();
        return Optional.ofNullable(byFormerSlug.get(new SlugKey(language, slug))).flatMap(this::findById);
    }

    /** A linear scan, as the editors' list. */
    @Override
    public List<Post> findTranslations(PostId group) {
        transactions.requireTransaction();
        return byId.values().stream()
                .filter(post -> post.translationGroup().equals(group))
                .sorted(Comparator.comparing(Post::language))
                .map(post -> Snapshots.copy(post, post.version()))
                .toList();
    }

    @Override
    public List<Post> findPublishedOfGroups(Collection<PostId> groups) {
        transactions.requireTransaction();
        Set<PostId> wanted = new HashSet<>(groups);
        return byId.values().stream()
                .filter(post -> post.isPublished() && wanted.contains(post.translationGroup()))
                .map(post -> Snapshots.copy(post, post.version()))
                .toList();
    }

    @Override
    public Page<Post> findPublished(PageRequest page) {
        transactions.requireTransaction();
        return pageOf(publishedPosts(), page, publishedCount);
    }

    @Override
    public Page<Post> findPublished(Language language, PageRequest page) {
        transactions.requireTransaction();
        List<Post> inLanguage = publishedPosts().filter(post -> post.language().equals(language)).toList();
        return Page.of(inLanguage, page).map(post -> Snapshots.copy(post, post.version()));
    }

    @Override
    public Page<Post> findPublishedByPartnerCity(Language language, PartnerCityId city, PageRequest page) {
        transactions.requireTransaction();
        List<Post> tagged = publishedPosts().filter(post -> post.language().equals(language))
                .filter(post -> post.partnerCities().contains(city)).toList();
        return Page.of(tagged, page).map(post -> Snapshots.copy(post, post.version()));
    }

    @Override
    public Page<Post> findPublishedByTopic(Language language, TopicId topic, PageRequest page) {
        transactions.requireTransaction();
        List<Post> filed = publishedPosts().filter(post -> post.language().equals(language))
                .filter(post -> post.topics().contains(topic)).toList();
        return Page.of(filed, page).map(post -> Snapshots.copy(post, post.version()));
    }

    @Override
    public Page<Post> searchPublished(List<String> words, PageRequest page) {
        transactions.requireTransaction();
        if (words.isEmpty()) {
            return Page.empty(page);
        }
        List<Post> found = publishedPosts().filter(post -> holdsEvery(post, words)).toList();
        return Page.of(found, page).map(post -> Snapshots.copy(post, post.version()));
    }

    /** A linear scan: the editors' list is small and rarely read. */
    @Override
    public Page<Post> findForEditing(Language languageOrNull, PostStatus statusOrNull, List<String> words,
                                     PageRequest page) {
        transactions.requireTransaction();
        List<Post> found = byId.values().stream()
                .filter(post -> languageOrNull == null || post.language().equals(languageOrNull))
                .filter(post -> statusOrNull == null || post.status() == statusOrNull)
                .filter(post -> holdsEvery(post, words))
                .sorted(RECENTLY_CHANGED_FIRST)
                .toList();
        return Page.of(found, page).map(post -> Snapshots.copy(post, post.version()));
    }

    @Override
    public Map<PostStatus, Long> countByStatus() {
        transactions.requireTransaction();
        Map<PostStatus, Long> counts = new EnumMap<>(PostStatus.class);
        for (PostStatus status : PostStatus.values()) {
            counts.put(status, 0L);
        }
        byId.values().forEach(post -> counts.merge(post.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public List<Post> findDueScheduled(Instant now, int limit) {
        transactions.requireTransaction();
        return byId.values().stream()
                .filter(post -> post.isDue(now))
                .sorted(Comparator.comparing((Post post) -> post.publishedAt().orElseThrow())
                        .thenComparing(post -> post.id().value(), Snapshots.UUID_BYTE_ORDER))
                .limit(limit)
                .map(post -> Snapshots.copy(post, post.version()))
                .toList();
    }

    private static boolean holdsEvery(Post post, List<String> words) {
        String title = post.title().toLowerCase(Locale.ROOT);
        String body = post.content().body().toLowerCase(Locale.ROOT);
        return words.stream().allMatch(word -> title.contains(word) || body.contains(word));
    }

    private Stream<Post> publishedPosts() {
        return published.values().stream().map(byId::get).filter(post -> post != null && post.isPublished());
    }

    private static Page<Post> pageOf(Stream<Post> newestFirst, PageRequest page, long total) {
        List<Post> items = newestFirst.skip(page.offset()).limit(page.size())
                .map(post -> Snapshots.copy(post, post.version())).toList();
        return new Page<>(items, page, Math.max(total, items.size()));
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }

    boolean exists(PostId id) {
        return byId.containsKey(id);
    }
}

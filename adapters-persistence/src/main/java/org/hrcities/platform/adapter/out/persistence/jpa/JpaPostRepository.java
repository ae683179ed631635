package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
 * Posts in the {@code posts} table, their former slugs in {@code post_former_slugs}, read and written beside
 * them ({@link PostFormerSlugJpaEntity}). Slugs are unique per
 * language ({@code uq_posts_language_slug}), and a translation group has one post per language
 * ({@code uq_posts_translation}).
 */
final class JpaPostRepository implements PostRepository {

    private static final String PUBLISHED = PostStatus.PUBLISHED.name();

    private final JpaTransactions transactions;

    JpaPostRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Post post) {
        EntityManager em = transactions.entityManager();
        PostJpaEntity row = StoredRows.atVersion(em, PostJpaEntity.class, post.id().value(), post.version(),
                stored -> stored.version, "post", post.id());
        boolean wasPublished = row != null && PUBLISHED.equals(row.status);
        requireFormerSlugsFree(em, post);
        if (row == null) {
            requireLanguageFreeInGroup(em, post);
            row = StoredRows.insert(em, new PostJpaEntity(post.id().value()), "post", post.id());
        } else {
            row.formerSlugs.addAll(formerSlugsOf(em, List.of(row.id)).getOrDefault(row.id, Set.of()));
        }
        Set<String> storedFormerSlugs = Set.copyOf(row.formerSlugs);
        PostJpaMapper.copyInto(post, row);
        Map<String, Supplier<RuntimeException>> constraints = Map.of(
                "uq_posts_language_slug", () -> new SlugAlreadyTakenException("post", post.slug()),
                "uq_posts_translation", () -> new TranslationAlreadyExistsException(post.translationGroup(), post.language()));
        Flushing.flush(em, constraints, "post", post.id());
        if (writeFormerSlugs(em, row, storedFormerSlugs)) {
            Flushing.flush(em, constraints, "post", post.id());
        }
        if (wasPublished != post.isPublished()) {
            countPublished(em, post.isPublished() ? 1 : -1);
        }
    }

    @Override
    public void delete(Post post) {
        EntityManager em = transactions.entityManager();
        PostJpaEntity row = em.find(PostJpaEntity.class, post.id().value());
        if (row == null || row.version != post.version()) {
            throw new ConcurrentUpdateException("post", post.id());
        }
        boolean wasPublished = PUBLISHED.equals(row.status);
        em.createQuery("DELETE FROM CommentJpaEntity c WHERE c.postId = :post")
                .setParameter("post", post.id().value()).executeUpdate();
        em.createQuery("DELETE FROM PostFormerSlugJpaEntity s WHERE s.postId = :post")
                .setParameter("post", post.id().value()).executeUpdate();
        em.remove(row);
        Flushing.flush(em, null, null, "post", post.id());
        if (wasPublished) {
            countPublished(em, -1);
        }
    }

    /**
     * A translation group has one post per language. Checked before a new post is written, so that nothing
     * is; the unique constraint {@code uq_posts_translation} still guards against a concurrent writer. (A
     * stored post's language and group do not change.)
     */
    private static void requireLanguageFreeInGroup(EntityManager em, Post post) {
        boolean taken = !em.createQuery("SELECT p.id FROM PostJpaEntity p WHERE p.translationGroup = :group "
                        + "AND p.language = :language AND p.id <> :id", Object.class)
                .setParameter("group", post.translationGroup().value())
                .setParameter("language", post.language().code())
                .setParameter("id", post.id().value())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new TranslationAlreadyExistsException(post.translationGroup(), post.language());
        }
    }

    /**
     * A former slug leads to one post of its language only. Checked before writing, to name the slug; the
     * unique constraint on {@code post_former_slugs (language, slug)} still guards against a concurrent writer.
     */
    private static void requireFormerSlugsFree(EntityManager em, Post post) {
        if (post.formerSlugs().isEmpty()) {
            return;
        }
        em.createQuery("SELECT s.slug FROM PostFormerSlugJpaEntity s WHERE s.slug IN :slugs "
                        + "AND s.language = :language AND s.postId <> :id ORDER BY s.slug", String.class)
                .setParameter("slugs", post.formerSlugs().stream().map(Slug::value).toList())
                .setParameter("language", post.language().code())
                .setParameter("id", post.id().value())
                .setMaxResults(1)
                .getResultStream().findFirst().ifPresent(taken -> {
                    throw new SlugAlreadyTakenException("post", new Slug(taken));
                });
    }

    /**
     * Writes the post's former slugs as rows of {@code post_former_slugs}, in its language: deletes those it
     * no longer has and inserts the new ones, leaving the others as they are. Called once the post's row is
     * written, which the new rows refer to. Tells whether there are new rows to flush.
     */
    private static boolean writeFormerSlugs(EntityManager em, PostJpaEntity row, Set<String> stored) {
        List<String> dropped = stored.stream().filter(slug -> !row.formerSlugs.contains(slug)).sorted().toList();
        if (!dropped.isEmpty()) {
            em.createQuery("DELETE FROM PostFormerSlugJpaEntity s WHERE s.postId = :post AND s.slug IN :slugs")
                    .setParameter("post", row.id).setParameter("slugs", dropped).executeUpdate();
        }
        List<String> added = row.formerSlugs.stream().filter(slug -> !stored.contains(slug)).sorted().toList();
        added.forEach(slug -> em.persist(new PostFormerSlugJpaEntity(row.id, row.language, slug)));
        return !added.isEmpty();
    }

    /** The former slugs of these posts, by post id; read as plain values, never as managed rows. */
    private static Map<UUID, Set<String>> formerSlugsOf(EntityManager em, Collection<UUID> posts) {
        if (posts.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<String>> slugs = new HashMap<>();
        em.createQuery("SELECT s.postId, s.slug FROM PostFormerSlugJpaEntity s WHERE s.postId IN :posts",
                        Object[].class)
                .setParameter("posts", List.copyOf(posts))
                .getResultList()
                .forEach(found -> slugs.computeIfAbsent((UUID) found[0], post -> new HashSet<>()).add((String) found[1]));
        return slugs;
    }

    /** The posts of these rows, in their order, each with its former slugs (read in one query). */
    private static List<Post> toDomain(EntityManager em, List<PostJpaEntity> rows) {
        Map<UUID, Set<String>> formerSlugs = formerSlugsOf(em, rows.stream().map(row -> row.id).distinct().toList());
        return rows.stream().map(row -> {
            row.formerSlugs.clear();
            row.formerSlugs.addAll(formerSlugs.getOrDefault(row.id, Set.of()));
            return PostJpaMapper.toDomain(row);
        }).toList();
    }

    private static Optional<Post> toDomain(EntityManager em, Optional<PostJpaEntity> row) {
        return row.map(found -> toDomain(em, List.of(found)).get(0));
    }

    /** Moves the published-posts total on, in the transaction that publishes or withdraws a post. */
    private static void countPublished(EntityManager em, int delta) {
        em.createQuery("UPDATE SiteCounterJpaEntity c SET c.value = c.value + :delta WHERE c.name = :name")
                .setParameter("delta", (long) delta)
                .setParameter("name", SiteCounterJpaEntity.PUBLISHED_POSTS)
                .executeUpdate();
    }

    @Override
    public Optional<Post> findById(PostId id) {
        EntityManager em = transactions.entityManager();
        return toDomain(em, Optional.ofNullable(em.find(PostJpaEntity.class, id.value())));
    }

    @Override
    public Optional<Post> findBySlug(Language language, Slug slug) {
        EntityManager em = transactions.entityManager();
        return toDomain(em, em
                .createQuery("SELECT p FROM PostJpaEntity p WHERE p.language = :language AND p.slug = :slug",
                        PostJpaEntity.class)
                .setParameter("language", language.code())
                .setParameter("slug", slug.value())
                .getResultStream().findFirst());
    }

    @Override
    public Optional<Post> findByFormerSlug(Language language, Slug slug) {
        EntityManager em = transactions.entityManager();
        return toDomain(em, em
                .createQuery("SELECT p FROM PostJpaEntity p, PostFormerSlugJpaEntity s WHERE s.postId = p.id "
                        + "AND s.language = :language AND s.slug = :slug", PostJpaEntity.class)
                .setParameter("language", language.code())
                .setParameter("slug", slug.value())
                .getResultStream().findFirst());
    }

    @Override
    public List<Post> findTranslations(PostId group) {
        EntityManager em = transactions.entityManager();
        return toDomain(em, em
                .createQuery("SELECT p FROM PostJpaEntity p WHERE p.translationGroup = :group ORDER BY p.language",
                        PostJpaEntity.class)
                .setParameter("group", group.value())
                .getResultList());
    }

    @Override
    public List<Post> findPublishedOfGroups(Collection<PostId> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        EntityManager em = transactions.entityManager();
        return toDomain(em, em
                .createQuery("SELECT p FROM PostJpaEntity p WHERE p.translationGroup IN :groups AND p.status = :status",
                        PostJpaEntity.class)
                .setParameter("groups", groups.stream().map(PostId::value).distinct().toList())
                .setParameter("status", PUBLISHED)
                .getResultList());
    }

    /**
     * Ordered by the index {@code (status, published_at DESC, id DESC)} in full, the equality column
     * included, so that H2 reads the first page straight from the index instead of sorting every
     * published post. The total is read from {@code site_counters}, not counted.
     */
    @Override
    public Page<Post> findPublished(PageRequest page) {
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery(
                "SELECT p FROM PostJpaEntity p WHERE p.status = :status ORDER BY p.status, p.publishedAt DESC, p.id DESC",
                PostJpaEntity.class).setParameter("status", PUBLISHED);
        long total = em.find(SiteCounterJpaEntity.class, SiteCounterJpaEntity.PUBLISHED_POSTS).value;
        return page(em, query, page, total);
    }

    /**
     * Ordered by the index {@code (language, status, published_at DESC, id DESC)} in full, the equality
     * columns included, as {@link #findPublished(PageRequest)}; the total is counted through that index.
     */
    @Override
    public Page<Post> findPublished(Language language, PageRequest page) {
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery(
                "SELECT p FROM PostJpaEntity p WHERE p.language = :language AND p.status = :status "
                        + "ORDER BY p.language, p.status, p.publishedAt DESC, p.id DESC", PostJpaEntity.class)
                .setParameter("language", language.code()).setParameter("status", PUBLISHED);
        long total = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p WHERE p.language = :language "
                        + "AND p.status = :status", Long.class)
                .setParameter("language", language.code()).setParameter("status", PUBLISHED).getSingleResult();
        return page(em, query, page, total);
    }

    @Override
    public Page<Post> findPublishedByPartnerCity(Language language, PartnerCityId city, PageRequest page) {
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery(
                "SELECT p FROM PostJpaEntity p JOIN p.partnerCityIds c WHERE c = :city AND p.status = :status "
                        + "AND p.language = :language ORDER BY p.publishedAt DESC, p.id DESC", PostJpaEntity.class)
                .setParameter("city", city.value()).setParameter("status", PUBLISHED)
                .setParameter("language", language.code());
        long total = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p JOIN p.partnerCityIds c "
                        + "WHERE c = :city AND p.status = :status AND p.language = :language", Long.class)
                .setParameter("city", city.value()).setParameter("status", PUBLISHED)
                .setParameter("language", language.code()).getSingleResult();
        return page(em, query, page, total);
    }

    @Override
    public Page<Post> findPublishedByTopic(Language language, TopicId topic, PageRequest page) {
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery(
                "SELECT p FROM PostJpaEntity p JOIN p.topicIds t WHERE t = :topic AND p.status = :status "
                        + "AND p.language = :language ORDER BY p.publishedAt DESC, p.id DESC", PostJpaEntity.class)
                .setParameter("topic", topic.value()).setParameter("status", PUBLISHED)
                .setParameter("language", language.code());
        long total = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p JOIN p.topicIds t "
                        + "WHERE t = :topic AND p.status = :status AND p.language = :language", Long.class)
                .setParameter("topic", topic.value()).setParameter("status", PUBLISHED)
                .setParameter("language", language.code()).getSingleResult();
        return page(em, query, page, total);
    }

    @Override
    public Page<Post> searchPublished(List<String> words, PageRequest page) {
        if (words.isEmpty()) {
            return Page.empty(page);
        }
        StringBuilder where = new StringBuilder(" WHERE p.status = :status");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND (LOWER(p.title) LIKE :w").append(i).append(" ESCAPE '\\'")
                    .append(" OR LOWER(p.body) LIKE :w").append(i).append(" ESCAPE '\\')");
        }
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery("SELECT p FROM PostJpaEntity p" + where
                + " ORDER BY p.status, p.publishedAt DESC, p.id DESC", PostJpaEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("status", PUBLISHED);
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, "%" + likeLiteral(words.get(i)) + "%");
            }
        }
        return page(em, query, page, count.getSingleResult());
    }

    /**
     * Ordered by the index {@code (updated_at DESC, id DESC)}, or with a status by
     * {@code (status, updated_at DESC, id DESC)} in full, the equality column included.
     */
    @Override
    public Page<Post> findForEditing(Language languageOrNull, PostStatus statusOrNull, List<String> words,
                                     PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (languageOrNull != null) {
            conditions.add("p.language = :language");
        }
        if (statusOrNull != null) {
            conditions.add("p.status = :status");
        }
        for (int i = 0; i < words.size(); i++) {
            conditions.add("(LOWER(p.title) LIKE :w" + i + " ESCAPE '\\' OR LOWER(p.body) LIKE :w" + i + " ESCAPE '\\')");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = statusOrNull == null ? " ORDER BY p.updatedAt DESC, p.id DESC"
                : " ORDER BY p.status, p.updatedAt DESC, p.id DESC";
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery("SELECT p FROM PostJpaEntity p" + where + order, PostJpaEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (statusOrNull != null) {
                q.setParameter("status", statusOrNull.name());
            }
            if (languageOrNull != null) {
                q.setParameter("language", languageOrNull.code());
            }
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, "%" + likeLiteral(words.get(i)) + "%");
            }
        }
        return page(em, query, page, count.getSingleResult());
    }

    @Override
    public Map<PostStatus, Long> countByStatus() {
        Map<PostStatus, Long> counts = new EnumMap<>(PostStatus.class);
        for (PostStatus status : PostStatus.values()) {
            counts.put(status, 0L);
        }
        transactions.entityManager()
                .createQuery("SELECT p.status, COUNT(p) FROM PostJpaEntity p GROUP BY p.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put(PostStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Read through the index {@code (status, published_at DESC, id DESC)}, backwards. */
    @Override
    public List<Post> findDueScheduled(Instant now, int limit) {
        EntityManager em = transactions.entityManager();
        return toDomain(em, em
                .createQuery("SELECT p FROM PostJpaEntity p WHERE p.status = :status AND p.publishedAt <= :now "
                        + "ORDER BY p.status, p.publishedAt, p.id", PostJpaEntity.class)
                .setParameter("status", PostStatus.SCHEDULED.name())
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList());
    }

    /** The word as a LIKE pattern that matches exactly its characters: no wildcards of its own. */
    private static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Page<Post> page(EntityManager em, TypedQuery<PostJpaEntity> query, PageRequest page, long total) {
        if (page.offset() >= total) {
            return new Page<>(List.of(), page, total);
        }
        List<Post> items = toDomain(em, query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
        return new Page<>(items, page, Math.max(total, items.size()));
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(p) FROM PostJpaEntity p", Long.class)
                .getSingleResult();
    }
}

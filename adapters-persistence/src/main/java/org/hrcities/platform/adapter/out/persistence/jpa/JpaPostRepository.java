package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/** Posts in the {@code posts} table. */
final class JpaPostRepository implements PostRepository {

    private static final String PUBLISHED = PostStatus.PUBLISHED.name();

    private final JpaTransactions transactions;

    JpaPostRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Post post) {
        EntityManager em = transactions.entityManager();
        PostJpaEntity row = em.find(PostJpaEntity.class, post.id().value());
        if (row == null) {
            if (post.version() != 0) {
                throw new ConcurrentUpdateException("post", post.id());
            }
            row = new PostJpaEntity(post.id().value());
            PostJpaMapper.copyInto(post, row);
            em.persist(row);
        } else {
            if (row.version != post.version()) {
                throw new ConcurrentUpdateException("post", post.id());
            }
            PostJpaMapper.copyInto(post, row);
        }
        Flushing.flush(em, "uq_posts_slug", () -> new SlugAlreadyTakenException("post", post.slug()), "post", post.id());
    }

    @Override
    public void delete(Post post) {
        EntityManager em = transactions.entityManager();
        PostJpaEntity row = em.find(PostJpaEntity.class, post.id().value());
        if (row == null || row.version != post.version()) {
            throw new ConcurrentUpdateException("post", post.id());
        }
        em.createQuery("DELETE FROM CommentJpaEntity c WHERE c.postId = :post")
                .setParameter("post", post.id().value()).executeUpdate();
        em.remove(row);
        Flushing.flush(em, null, null, "post", post.id());
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return Optional.ofNullable(transactions.entityManager().find(PostJpaEntity.class, id.value()))
                .map(PostJpaMapper::toDomain);
    }

    @Override
    public Optional<Post> findBySlug(Slug slug) {
        return transactions.entityManager()
                .createQuery("SELECT p FROM PostJpaEntity p WHERE p.slug = :slug", PostJpaEntity.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(PostJpaMapper::toDomain);
    }

    @Override
    public Page<Post> findPublished(PageRequest page) {
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery(
                "SELECT p FROM PostJpaEntity p WHERE p.status = :status ORDER BY p.publishedAt DESC, p.id DESC",
                PostJpaEntity.class).setParameter("status", PUBLISHED);
        long total = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p WHERE p.status = :status", Long.class)
                .setParameter("status", PUBLISHED).getSingleResult();
        return page(query, page, total);
    }

    @Override
    public Page<Post> findPublishedByPartnerCity(PartnerCityId city, PageRequest page) {
        EntityManager em = transactions.entityManager();
        TypedQuery<PostJpaEntity> query = em.createQuery(
                "SELECT p FROM PostJpaEntity p JOIN p.partnerCityIds c WHERE c = :city AND p.status = :status "
                        + "ORDER BY p.publishedAt DESC, p.id DESC", PostJpaEntity.class)
                .setParameter("city", city.value()).setParameter("status", PUBLISHED);
        long total = em.createQuery("SELECT COUNT(p) FROM PostJpaEntity p JOIN p.partnerCityIds c "
                        + "WHERE c = :city AND p.status = :status", Long.class)
                .setParameter("city", city.value()).setParameter("status", PUBLISHED).getSingleResult();
        return page(query, page, total);
    }

    private static Page<Post> page(TypedQuery<PostJpaEntity> query, PageRequest page, long total) {
        if (page.offset() >= total) {
            return new Page<>(List.of(), page, total);
        }
        List<Post> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(PostJpaMapper::toDomain).toList();
        return new Page<>(items, page, Math.max(total, items.size()));
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(p) FROM PostJpaEntity p", Long.class)
                .getSingleResult();
    }
}

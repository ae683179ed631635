package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;

/** Pages in the {@code site_pages} table. */
final class JpaSitePageRepository implements SitePageRepository {

    private final JpaTransactions transactions;

    JpaSitePageRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(SitePage page) {
        EntityManager em = transactions.entityManager();
        SitePageJpaEntity row = StoredRows.atVersion(em, SitePageJpaEntity.class, page.id().value(), page.version(),
                stored -> stored.version, "page", page.id());
        if (row == null) {
            row = StoredRows.insert(em, new SitePageJpaEntity(page.id().value()), "page", page.id());
        }
        SitePageJpaMapper.copyInto(page, row);
        Flushing.flush(em, Map.of(
                "uq_site_pages_language_slug", () -> new SlugAlreadyTakenException("page", page.slug()),
                "uq_site_pages_translation", () -> new TranslationAlreadyExistsException("page", page.language())),
                "page", page.id());
    }

    @Override
    public void delete(SitePage page) {
        EntityManager em = transactions.entityManager();
        SitePageJpaEntity row = em.find(SitePageJpaEntity.class, page.id().value());
        if (row == null || row.version != page.version()) {
            throw new ConcurrentUpdateException("page", page.id());
        }
        em.remove(row);
        Flushing.flush(em, null, null, "page", page.id());
    }

    @Override
    public Optional<SitePage> findById(SitePageId id) {
        return Optional.ofNullable(transactions.entityManager().find(SitePageJpaEntity.class, id.value()))
                .map(SitePageJpaMapper::toDomain);
    }

    @Override
    public Optional<SitePage> findBySlug(Language language, Slug slug) {
        return transactions.entityManager()
                .createQuery("SELECT p FROM SitePageJpaEntity p WHERE p.language = :language AND p.slug = :slug",
                        SitePageJpaEntity.class)
                .setParameter("language", language.code())
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(SitePageJpaMapper::toDomain);
    }

    @Override
    public List<SitePage> findTranslations(SitePageId group) {
        return transactions.entityManager()
                .createQuery("SELECT p FROM SitePageJpaEntity p WHERE p.translationGroup = :group ORDER BY p.language",
                        SitePageJpaEntity.class)
                .setParameter("group", group.value())
                .getResultList().stream().map(SitePageJpaMapper::toDomain).toList();
    }

    @Override
    public List<SitePage> findPublishedInMenu(Language language) {
        return transactions.entityManager()
                .createQuery("SELECT p FROM SitePageJpaEntity p WHERE p.language = :language AND p.status = :published"
                        + " AND p.menuPosition IS NOT NULL ORDER BY p.menuPosition, p.title, p.id", SitePageJpaEntity.class)
                .setParameter("language", language.code())
                .setParameter("published", SitePageStatus.PUBLISHED.name())
                .getResultList().stream().map(SitePageJpaMapper::toDomain).toList();
    }

    @Override
    public List<SitePage> findPublished(Language language) {
        return transactions.entityManager()
                .createQuery("SELECT p FROM SitePageJpaEntity p WHERE p.language = :language AND p.status = :published"
                        + " ORDER BY p.title, p.id", SitePageJpaEntity.class)
                .setParameter("language", language.code())
                .setParameter("published", SitePageStatus.PUBLISHED.name())
                .getResultList().stream().map(SitePageJpaMapper::toDomain).toList();
    }

    @Override
    public List<SitePage> findAll() {
        return transactions.entityManager()
                .createQuery("SELECT p FROM SitePageJpaEntity p ORDER BY p.title, p.id", SitePageJpaEntity.class)
                .getResultList().stream().map(SitePageJpaMapper::toDomain).toList();
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(p) FROM SitePageJpaEntity p", Long.class)
                .getSingleResult();
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/** Partner cities in the {@code partner_cities} table. */
final class JpaPartnerCityRepository implements PartnerCityRepository {

    private final JpaTransactions transactions;

    JpaPartnerCityRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(PartnerCity city) {
        EntityManager em = transactions.entityManager();
        PartnerCityJpaEntity row = StoredRows.atVersion(em, PartnerCityJpaEntity.class, city.id().value(), city.version(),
                stored -> stored.version, "partner city", city.id());
        if (row == null) {
            row = StoredRows.insert(em, new PartnerCityJpaEntity(city.id().value()), "partner city", city.id());
        }
        PartnerCityJpaMapper.copyInto(city, row);
        Flushing.flush(em, "uq_partner_cities_slug", () -> new SlugAlreadyTakenException("partner city", city.slug()),
                "partner city", city.id());
    }

    @Override
    public Optional<PartnerCity> findById(PartnerCityId id) {
        return Optional.ofNullable(transactions.entityManager().find(PartnerCityJpaEntity.class, id.value()))
                .map(PartnerCityJpaMapper::toDomain);
    }

    @Override
    public Optional<PartnerCity> findBySlug(Slug slug) {
        return transactions.entityManager()
                .createQuery("SELECT c FROM PartnerCityJpaEntity c WHERE c.slug = :slug", PartnerCityJpaEntity.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(PartnerCityJpaMapper::toDomain);
    }

    @Override
    public List<PartnerCity> findAll() {
        return transactions.entityManager()
                .createQuery("SELECT c FROM PartnerCityJpaEntity c ORDER BY c.name, c.id", PartnerCityJpaEntity.class)
                .getResultList().stream().map(PartnerCityJpaMapper::toDomain).toList();
    }

    /** Ordered by the index {@code (retired, name, id)} in full, the equality column included. */
    @Override
    public List<PartnerCity> findCurrent() {
        return transactions.entityManager()
                .createQuery("SELECT c FROM PartnerCityJpaEntity c WHERE c.retired = FALSE ORDER BY c.retired, c.name, c.id",
                        PartnerCityJpaEntity.class)
                .getResultList().stream().map(PartnerCityJpaMapper::toDomain).toList();
    }

    @Override
    public List<PartnerCity> findAllById(Collection<PartnerCityId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PartnerCityJpaEntity> found = transactions.entityManager()
                .createQuery("SELECT c FROM PartnerCityJpaEntity c WHERE c.id IN :ids", PartnerCityJpaEntity.class)
                .setParameter("ids", ids.stream().map(PartnerCityId::value).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(row -> row.id, Function.identity()));
        return ids.stream().distinct().map(id -> found.get(id.value())).filter(Objects::nonNull)
                .map(PartnerCityJpaMapper::toDomain).toList();
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(c) FROM PartnerCityJpaEntity c", Long.class)
                .getSingleResult();
    }
}

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
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/** Topics in the {@code topics} table. */
final class JpaTopicRepository implements TopicRepository {

    private final JpaTransactions transactions;

    JpaTopicRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Topic topic) {
        EntityManager em = transactions.entityManager();
        TopicJpaEntity row = StoredRows.atVersion(em, TopicJpaEntity.class, topic.id().value(), topic.version(),
                stored -> stored.version, "topic", topic.id());
        if (row == null) {
            row = StoredRows.insert(em, new TopicJpaEntity(topic.id().value()), "topic", topic.id());
        }
        TopicJpaMapper.copyInto(topic, row);
        Flushing.flush(em, "uq_topics_slug", () -> new SlugAlreadyTakenException("topic", topic.slug()),
                "topic", topic.id());
    }

    @Override
    public Optional<Topic> findById(TopicId id) {
        return Optional.ofNullable(transactions.entityManager().find(TopicJpaEntity.class, id.value()))
                .map(TopicJpaMapper::toDomain);
    }

    @Override
    public Optional<Topic> findBySlug(Slug slug) {
        return transactions.entityManager()
                .createQuery("SELECT t FROM TopicJpaEntity t WHERE t.slug = :slug", TopicJpaEntity.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(TopicJpaMapper::toDomain);
    }

    @Override
    public List<Topic> findAll() {
        return transactions.entityManager()
                .createQuery("SELECT t FROM TopicJpaEntity t ORDER BY t.name, t.id", TopicJpaEntity.class)
                .getResultList().stream().map(TopicJpaMapper::toDomain).toList();
    }

    @Override
    public List<Topic> findAllById(Collection<TopicId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, TopicJpaEntity> found = transactions.entityManager()
                .createQuery("SELECT t FROM TopicJpaEntity t WHERE t.id IN :ids", TopicJpaEntity.class)
                .setParameter("ids", ids.stream().map(TopicId::value).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(row -> row.id, Function.identity()));
        return ids.stream().distinct().map(id -> found.get(id.value())).filter(Objects::nonNull)
                .map(TopicJpaMapper::toDomain).toList();
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(t) FROM TopicJpaEntity t", Long.class)
                .getSingleResult();
    }
}

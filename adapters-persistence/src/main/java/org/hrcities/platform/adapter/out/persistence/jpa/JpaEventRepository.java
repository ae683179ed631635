package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.EventFilter;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/**
 * Events in the {@code events} table, with their organisers in {@code event_organisers} and the posts
 * they name in {@code event_posts}. Listings compare and sort by the instants {@code start_at} and
 * {@code end_at}, which each save computes from the event's local times and zone.
 */
final class JpaEventRepository implements EventRepository {

    private final JpaTransactions transactions;

    JpaEventRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Event event) {
        EntityManager em = transactions.entityManager();
        EventJpaEntity row = StoredRows.atVersion(em, EventJpaEntity.class, event.id().value(), event.version(),
                stored -> stored.version, "event", event.id());
        if (row == null) {
            row = StoredRows.insert(em, new EventJpaEntity(event.id().value()), "event", event.id());
        }
        EventJpaMapper.copyInto(event, row);
        Flushing.flush(em, "uq_events_slug", () -> new SlugAlreadyTakenException("event", event.slug()),
                "event", event.id());
    }

    @Override
    public Optional<Event> findById(EventId id) {
        return Optional.ofNullable(transactions.entityManager().find(EventJpaEntity.class, id.value()))
                .map(EventJpaMapper::toDomain);
    }

    @Override
    public Optional<Event> findBySlug(Slug slug) {
        return transactions.entityManager()
                .createQuery("SELECT e FROM EventJpaEntity e WHERE e.slug = :slug", EventJpaEntity.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(EventJpaMapper::toDomain);
    }

    @Override
    public List<Event> find(EventFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more");
        }
        if (limit == 0) {
            return List.of();
        }
        Where where = Where.of(filter);
        String order = filter.order() == EventFilter.Order.SOONEST_FIRST
                ? " ORDER BY e.startAt, e.id" : " ORDER BY e.startAt DESC, e.id DESC";
        TypedQuery<EventJpaEntity> query = transactions.entityManager()
                .createQuery("SELECT e FROM EventJpaEntity e" + where.clause() + order, EventJpaEntity.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(EventJpaMapper::toDomain).toList();
    }

    @Override
    public long count(EventFilter filter) {
        Where where = Where.of(filter);
        TypedQuery<Long> query = transactions.entityManager()
                .createQuery("SELECT COUNT(e) FROM EventJpaEntity e" + where.clause(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Through the index {@code (post_id, event_id)} of {@code event_posts}. */
    @Override
    public List<Event> findPublishedNamingPost(PostId post) {
        return transactions.entityManager()
                .createQuery("SELECT e FROM EventJpaEntity e JOIN e.postIds p WHERE p = :post AND e.publishedAt IS NOT NULL "
                        + "ORDER BY e.startAt, e.id", EventJpaEntity.class)
                .setParameter("post", post.value())
                .getResultList().stream().map(EventJpaMapper::toDomain).toList();
    }

    /** The JPQL conditions of a filter and the values they are bound to. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(EventFilter filter) {
            StringBuilder clause = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (filter.publishedOnly()) {
                and(clause, "e.publishedAt IS NOT NULL");
            }
            if (filter.endsAfter() != null) {
                and(clause, "e.endAt > :endsAfter");
                parameters.put("endsAfter", utc(filter.endsAfter()));
            }
            if (filter.endsNoLaterThan() != null) {
                and(clause, "e.endAt <= :endsNoLaterThan");
                parameters.put("endsNoLaterThan", utc(filter.endsNoLaterThan()));
            }
            if (filter.startsBefore() != null) {
                and(clause, "e.startAt < :startsBefore");
                parameters.put("startsBefore", utc(filter.startsBefore()));
            }
            if (filter.city() != null) {
                and(clause, "(e.partnerCityId = :hostCity OR EXISTS (SELECT o.id FROM EventJpaEntity o "
                        + "JOIN o.organiserIds c WHERE o.id = e.id AND c = :organiser))");
                parameters.put("hostCity", filter.city().toString());
                parameters.put("organiser", filter.city().value());
            }
            return new Where(clause.toString(), parameters);
        }

        private static void and(StringBuilder clause, String condition) {
            clause.append(clause.isEmpty() ? " WHERE " : " AND ").append(condition);
        }

        private static OffsetDateTime utc(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
    }
}

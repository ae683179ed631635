package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Data requests in the {@code data_requests} table. */
final class JpaDataRequestRepository implements DataRequestRepository {

    private final JpaTransactions transactions;

    JpaDataRequestRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(DataRequest request) {
        EntityManager em = transactions.entityManager();
        DataRequestJpaEntity row = StoredRows.atVersion(em, DataRequestJpaEntity.class, request.id().value(),
                request.version(), stored -> stored.version, "data request", request.id());
        if (row == null) {
            row = StoredRows.insert(em, new DataRequestJpaEntity(request.id().value()), "data request", request.id());
        }
        DataRequestJpaMapper.copyInto(request, row);
        Flushing.flush(em, null, null, "data request", request.id());
    }

    @Override
    public Optional<DataRequest> findById(DataRequestId id) {
        return Optional.ofNullable(transactions.entityManager().find(DataRequestJpaEntity.class, id.value()))
                .map(DataRequestJpaMapper::toDomain);
    }

    @Override
    public Page<DataRequest> findRecent(PageRequest page) {
        EntityManager em = transactions.entityManager();
        long total = em.createQuery("SELECT COUNT(r) FROM DataRequestJpaEntity r", Long.class).getSingleResult();
        if (page.offset() >= total) {
            return new Page<>(List.of(), page, total);
        }
        List<DataRequest> items = em.createQuery("SELECT r FROM DataRequestJpaEntity r "
                        + "ORDER BY r.requestedAt DESC, r.id DESC", DataRequestJpaEntity.class)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(DataRequestJpaMapper::toDomain).toList();
        return new Page<>(items, page, Math.max(total, items.size()));
    }

    @Override
    public long countForEmailSince(EmailAddress email, Instant since) {
        return transactions.entityManager().createQuery("SELECT COUNT(r) FROM DataRequestJpaEntity r "
                        + "WHERE r.emailKey = :email AND r.requestedAt >= :since", Long.class)
                .setParameter("email", CommentJpaMapper.emailKey(email))
                .setParameter("since", since.atOffset(ZoneOffset.UTC)).getSingleResult();
    }

    @Override
    public long countFromSenderSince(String senderAddress, Instant since) {
        return transactions.entityManager().createQuery("SELECT COUNT(r) FROM DataRequestJpaEntity r "
                        + "WHERE r.senderAddress = :sender AND r.requestedAt >= :since", Long.class)
                .setParameter("sender", senderAddress)
                .setParameter("since", since.atOffset(ZoneOffset.UTC)).getSingleResult();
    }

    @Override
    public int forgetSenderAddressesBefore(Instant before, int limit) {
        EntityManager em = transactions.entityManager();
        List<UUID> due = em.createQuery("SELECT r.id FROM DataRequestJpaEntity r WHERE r.requestedAt < :before "
                        + "AND r.senderAddress IS NOT NULL ORDER BY r.requestedAt, r.id", UUID.class)
                .setParameter("before", before.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        em.flush();
        int changed = em.createQuery("UPDATE DataRequestJpaEntity r SET r.senderAddress = NULL, "
                        + "r.version = r.version + 1 WHERE r.id IN :ids")
                .setParameter("ids", due).executeUpdate();
        em.clear();
        return changed;
    }
}

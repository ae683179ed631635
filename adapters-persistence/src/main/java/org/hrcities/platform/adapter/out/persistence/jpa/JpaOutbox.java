package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The outbox in the {@code mail_outbox} table. A claim reads the ids of the due rows through
 * {@code ix_mail_outbox_due}, then takes each with one update whose condition is the claim itself
 * (still queued, still due): of two processes claiming the same row, the second's update waits for the
 * first's transaction and then finds the row no longer due, and leaves it. The claimed row is read
 * back from the database, never from a cache that the update went past.
 */
final class JpaOutbox implements OutboxRepository {

    private final JpaTransactions transactions;

    JpaOutbox(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(OutgoingMail mail) {
        EntityManager em = transactions.entityManager();
        OutgoingMailJpaEntity row = StoredRows.atVersion(em, OutgoingMailJpaEntity.class, mail.id().value(),
                mail.version(), stored -> stored.version, "mail", mail.id());
        if (row == null) {
            row = StoredRows.insert(em, new OutgoingMailJpaEntity(mail.id().value()), "mail", mail.id());
        }
        OutgoingMailJpaMapper.copyInto(mail, row);
        Flushing.flush(em, null, null, "mail", mail.id());
    }

    @Override
    public Optional<OutgoingMail> findById(MailId id) {
        return Optional.ofNullable(transactions.entityManager().find(OutgoingMailJpaEntity.class, id.value()))
                .map(OutgoingMailJpaMapper::toDomain);
    }

    @Override
    public List<OutgoingMail> claimDue(Instant now, Duration lease, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        EntityManager em = transactions.entityManager();
        List<java.util.UUID> due = em.createQuery("SELECT m.id FROM OutgoingMailJpaEntity m WHERE m.state = 'QUEUED'"
                        + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", java.util.UUID.class)
                .setParameter("now", OutgoingMailJpaMapper.utc(now))
                .setMaxResults(limit)
                .getResultList();
        List<OutgoingMail> claimed = new ArrayList<>(due.size());
        for (java.util.UUID id : due) {
            // the claim is this one statement: still queued and still due, whatever anyone read before
            int taken = em.createQuery("UPDATE OutgoingMailJpaEntity m SET m.nextAttemptAt = :until,"
                            + " m.version = m.version + 1 WHERE m.id = :id AND m.state = 'QUEUED' AND m.nextAttemptAt <= :now")
                    .setParameter("until", OutgoingMailJpaMapper.utc(now.plus(lease)))
                    .setParameter("id", id)
                    .setParameter("now", OutgoingMailJpaMapper.utc(now))
                    .executeUpdate();
            if (taken == 1) {
                OutgoingMailJpaEntity row = em.find(OutgoingMailJpaEntity.class, id);
                // the update went past the persistence context and the shared cache: read the row as it is now
                em.refresh(row);
                claimed.add(OutgoingMailJpaMapper.toDomain(row));
            }
        }
        em.clear();
        return claimed;
    }

    /** Read through {@code ix_mail_outbox_state_queued}. */
    @Override
    public Page<OutgoingMail> findByState(DeliveryState state, PageRequest page) {
        EntityManager em = transactions.entityManager();
        long total = em.createQuery("SELECT COUNT(m) FROM OutgoingMailJpaEntity m WHERE m.state = :state", Long.class)
                .setParameter("state", state.name()).getSingleResult();
        List<OutgoingMail> items = total == 0 ? List.of() : em.createQuery("SELECT m FROM OutgoingMailJpaEntity m"
                        + " WHERE m.state = :state ORDER BY m.queuedAt DESC, m.id DESC", OutgoingMailJpaEntity.class)
                .setParameter("state", state.name())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList().stream().map(OutgoingMailJpaMapper::toDomain).toList();
        return new Page<>(items, page, total);
    }

    @Override
    public Map<DeliveryState, Long> countByState() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : transactions.entityManager().createQuery(
                "SELECT m.state, COUNT(m) FROM OutgoingMailJpaEntity m GROUP BY m.state", Object[].class).getResultList()) {
            counts.put(DeliveryState.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    @Override
    public int deleteAllTo(EmailAddress to) {
        return transactions.entityManager()
                .createQuery("DELETE FROM OutgoingMailJpaEntity m WHERE LOWER(m.recipient) = :to")
                .setParameter("to", to.value().toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
    }

    @Override
    public int deleteSentBefore(Instant before) {
        return transactions.entityManager()
                .createQuery("DELETE FROM OutgoingMailJpaEntity m WHERE m.state = 'SENT' AND m.sentAt < :before")
                .setParameter("before", OutgoingMailJpaMapper.utc(before))
                .executeUpdate();
    }
}

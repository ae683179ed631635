package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;

/** Subscribers in {@code mail_subscribers}, the comments they watch in {@code comment_watches}. */
final class JpaMailSubscriberRepository implements MailSubscriberRepository {

    private final JpaTransactions transactions;

    JpaMailSubscriberRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    /** An address stored already is a duplicate key (uq_mail_subscribers_email): a concurrent update. */
    @Override
    public void save(MailSubscriber subscriber) {
        EntityManager em = transactions.entityManager();
        MailSubscriberJpaEntity row = StoredRows.atVersion(em, MailSubscriberJpaEntity.class, subscriber.id().value(),
                subscriber.version(), stored -> stored.version, "mail subscriber", subscriber.id());
        if (row == null) {
            row = StoredRows.insert(em, new MailSubscriberJpaEntity(subscriber.id().value()), "mail subscriber",
                    subscriber.id());
        }
        MailSubscriberJpaMapper.copyInto(subscriber, row);
        Flushing.flush(em, null, null, "mail subscriber", subscriber.id());
    }

    @Override
    public Optional<MailSubscriber> findById(SubscriberId id) {
        return Optional.ofNullable(transactions.entityManager().find(MailSubscriberJpaEntity.class, id.value()))
                .map(MailSubscriberJpaMapper::toDomain);
    }

    @Override
    public Optional<MailSubscriber> findByEmail(EmailAddress email) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM MailSubscriberJpaEntity s WHERE s.email = :email", MailSubscriberJpaEntity.class)
                .setParameter("email", MailSubscriber.normalised(email).value())
                .getResultStream().findFirst().map(MailSubscriberJpaMapper::toDomain);
    }

    @Override
    public void watch(CommentId comment, SubscriberId subscriber) {
        EntityManager em = transactions.entityManager();
        CommentWatchJpaEntity row = em.find(CommentWatchJpaEntity.class, comment.value());
        if (row == null) {
            em.persist(new CommentWatchJpaEntity(comment.value(), subscriber.value()));
        } else {
            row.subscriberId = subscriber.value();
        }
        Flushing.flush(em, null, null, "comment watch", comment);
    }

    @Override
    public Optional<MailSubscriber> findWatcher(CommentId comment) {
        return transactions.entityManager()
                .createQuery("SELECT s FROM MailSubscriberJpaEntity s, CommentWatchJpaEntity w"
                        + " WHERE w.commentId = :comment AND s.id = w.subscriberId", MailSubscriberJpaEntity.class)
                .setParameter("comment", comment.value())
                .getResultStream().findFirst().map(MailSubscriberJpaMapper::toDomain);
    }

    @Override
    public List<MailSubscriber> findDigestSubscribers() {
        return transactions.entityManager()
                .createQuery("SELECT s FROM MailSubscriberJpaEntity s WHERE s.moderationDigest = TRUE"
                        + " ORDER BY s.createdAt, s.id", MailSubscriberJpaEntity.class)
                .getResultList().stream().map(MailSubscriberJpaMapper::toDomain).toList();
    }

    @Override
    public boolean deleteByEmail(EmailAddress email) {
        EntityManager em = transactions.entityManager();
        Optional<MailSubscriberJpaEntity> row = em.createQuery("SELECT s FROM MailSubscriberJpaEntity s WHERE s.email = :email",
                        MailSubscriberJpaEntity.class)
                .setParameter("email", MailSubscriber.normalised(email).value())
                .getResultStream().findFirst();
        if (row.isEmpty()) {
            return false;
        }
        em.createQuery("DELETE FROM CommentWatchJpaEntity w WHERE w.subscriberId = :id")
                .setParameter("id", row.get().id).executeUpdate();
        em.remove(row.get());
        Flushing.flush(em, null, null, "mail subscriber", row.get().id);
        return true;
    }
}

package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** Subscribers and the comments they watch, in memory. */
final class InMemoryMailSubscriberRepository implements MailSubscriberRepository {

    private final InMemoryTransactions transactions;
    private final Map<SubscriberId, MailSubscriber> byId = new ConcurrentHashMap<>();
    private final Map<CommentId, SubscriberId> watches = new ConcurrentHashMap<>();

    InMemoryMailSubscriberRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(MailSubscriber subscriber) {
        transactions.lockForWrite();
        MailSubscriber stored = byId.get(subscriber.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (subscriber.version() != storedVersion) {
            throw new ConcurrentUpdateException("mail subscriber", subscriber.id());
        }
        boolean addressTaken = byId.values().stream().anyMatch(other -> !other.id().equals(subscriber.id())
                && other.email().equals(subscriber.email()));
        if (addressTaken) {
            throw new ConcurrentUpdateException("mail subscriber", subscriber.id());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(subscriber.id());
            } else {
                byId.put(subscriber.id(), stored);
            }
        });
        byId.put(subscriber.id(), copy(subscriber, storedVersion + 1));
    }

    @Override
    public Optional<MailSubscriber> findById(SubscriberId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(subscriber -> copy(subscriber, subscriber.version()));
    }

    @Override
    public Optional<MailSubscriber> findByEmail(EmailAddress email) {
        transactions.requireTransaction();
        EmailAddress wanted = MailSubscriber.normalised(email);
        return byId.values().stream().filter(subscriber -> subscriber.email().equals(wanted)).findFirst()
                .map(subscriber -> copy(subscriber, subscriber.version()));
    }

    @Override
    public void watch(CommentId comment, SubscriberId subscriber) {
        transactions.lockForWrite();
        if (!byId.containsKey(subscriber)) {
            throw new IllegalArgumentException("subscriber " + subscriber + " is not stored");
        }
        SubscriberId before = watches.put(comment, subscriber);
        transactions.onRollback(() -> {
            if (before == null) {
                watches.remove(comment);
            } else {
                watches.put(comment, before);
            }
        });
    }

    @Override
    public Optional<MailSubscriber> findWatcher(CommentId comment) {
        transactions.requireTransaction();
        return Optional.ofNullable(watches.get(comment)).flatMap(this::findById);
    }

    @Override
    public List<MailSubscriber> findDigestSubscribers() {
        transactions.requireTransaction();
        return byId.values().stream().filter(MailSubscriber::moderationDigest)
                .sorted(Comparator.comparing(MailSubscriber::createdAt)
                        .thenComparing(subscriber -> subscriber.id().value(), Snapshots.UUID_BYTE_ORDER))
                .map(subscriber -> copy(subscriber, subscriber.version())).toList();
    }

    @Override
    public boolean deleteByEmail(EmailAddress email) {
        transactions.lockForWrite();
        Optional<MailSubscriber> found = findByEmail(email);
        if (found.isEmpty()) {
            return false;
        }
        SubscriberId id = found.get().id();
        MailSubscriber stored = byId.remove(id);
        Map<CommentId, SubscriberId> watched = new java.util.HashMap<>();
        watches.forEach((comment, subscriber) -> {
            if (subscriber.equals(id)) {
                watched.put(comment, subscriber);
            }
        });
        watched.keySet().forEach(watches::remove);
        transactions.onRollback(() -> {
            byId.put(id, stored);
            watches.putAll(watched);
        });
        return true;
    }

    private static MailSubscriber copy(MailSubscriber subscriber, long version) {
        return MailSubscriber.reconstitute(subscriber.id(), subscriber.email(), subscriber.createdAt(),
                subscriber.confirmationSentAt().orElse(null), subscriber.confirmedAt().orElse(null),
                subscriber.unsubscribedAt().orElse(null), subscriber.moderationDigest(), version);
    }
}

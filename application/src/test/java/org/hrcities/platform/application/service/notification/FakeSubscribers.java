package org.hrcities.platform.application.service.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** Subscribers in maps, keeping versions as the adapters do; for the services' tests. */
final class FakeSubscribers implements MailSubscriberRepository {

    private final Map<SubscriberId, MailSubscriber> byId = new LinkedHashMap<>();
    private final Map<CommentId, SubscriberId> watches = new HashMap<>();

    @Override
    public void save(MailSubscriber subscriber) {
        MailSubscriber stored = byId.get(subscriber.id());
        if (subscriber.version() != (stored == null ? 0 : stored.version())) {
            throw new ConcurrentUpdateException("mail subscriber", subscriber.id());
        }
        byId.put(subscriber.id(), copy(subscriber, subscriber.version() + 1));
    }

    @Override
    public Optional<MailSubscriber> findById(SubscriberId id) {
        return Optional.ofNullable(byId.get(id)).map(s -> copy(s, s.version()));
    }

    @Override
    public Optional<MailSubscriber> findByEmail(EmailAddress email) {
        EmailAddress wanted = MailSubscriber.normalised(email);
        return byId.values().stream().filter(s -> s.email().equals(wanted)).findFirst().map(s -> copy(s, s.version()));
    }

    @Override
    public void watch(CommentId comment, SubscriberId subscriber) {
        watches.put(comment, subscriber);
    }

    @Override
    public Optional<MailSubscriber> findWatcher(CommentId comment) {
        return Optional.ofNullable(watches.get(comment)).flatMap(this::findById);
    }

    @Override
    public List<MailSubscriber> findDigestSubscribers() {
        return new ArrayList<>(byId.values().stream().filter(MailSubscriber::moderationDigest).toList());
    }

    @Override
    public boolean deleteByEmail(EmailAddress email) {
        Optional<MailSubscriber> found = findByEmail(email);
        found.ifPresent(s -> {
            byId.remove(s.id());
            watches.values().removeIf(s.id()::equals);
        });
        return found.isPresent();
    }

    private static MailSubscriber copy(MailSubscriber s, long version) {
        return MailSubscriber.reconstitute(s.id(), s.email(), s.createdAt(), s.confirmationSentAt().orElse(null),
                s.confirmedAt().orElse(null), s.unsubscribedAt().orElse(null), s.moderationDigest(), version);
    }
}

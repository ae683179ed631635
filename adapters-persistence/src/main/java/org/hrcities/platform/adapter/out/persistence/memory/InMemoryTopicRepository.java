package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/** Topics in memory. */
final class InMemoryTopicRepository implements TopicRepository {

    private final InMemoryTransactions transactions;
    private final Map<TopicId, Topic> byId = new ConcurrentHashMap<>();

    InMemoryTopicRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Topic topic) {
        transactions.lockForWrite();
        Topic stored = byId.get(topic.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (topic.version() != storedVersion) {
            throw new ConcurrentUpdateException("topic", topic.id());
        }
        boolean slugTaken = byId.values().stream()
                .anyMatch(other -> other.slug().equals(topic.slug()) && !other.id().equals(topic.id()));
        if (slugTaken) {
            throw new SlugAlreadyTakenException("topic", topic.slug());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(topic.id());
            } else {
                byId.put(topic.id(), stored);
            }
        });
        byId.put(topic.id(), Snapshots.copy(topic, storedVersion + 1));
    }

    @Override
    public Optional<Topic> findById(TopicId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(topic -> Snapshots.copy(topic, topic.version()));
    }

    @Override
    public Optional<Topic> findBySlug(Slug slug) {
        transactions.requireTransaction();
        return byId.values().stream().filter(topic -> topic.slug().equals(slug)).findFirst()
                .map(topic -> Snapshots.copy(topic, topic.version()));
    }

    @Override
    public List<Topic> findAll() {
        transactions.requireTransaction();
        return byId.values().stream()
                .sorted(Comparator.comparing(Topic::name).thenComparing(topic -> topic.id().value(), Snapshots.UUID_BYTE_ORDER))
                .map(topic -> Snapshots.copy(topic, topic.version()))
                .toList();
    }

    @Override
    public List<Topic> findAllById(Collection<TopicId> ids) {
        transactions.requireTransaction();
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull)
                .map(topic -> Snapshots.copy(topic, topic.version())).toList();
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }
}

package org.hrcities.platform.application.service.topic;

import java.util.Objects;
import org.hrcities.platform.application.port.in.topic.CreateTopicCommand;
import org.hrcities.platform.application.port.in.topic.CreateTopicUseCase;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicForAdministrationUseCase;
import org.hrcities.platform.application.port.in.topic.TopicInput;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * What editors do with topics: read one to change it, add one, change one. A change names the version
 * the editor read; a topic changed since is refused with {@link ConcurrentUpdateException}.
 *
 * <p>One service for the three use cases of editors on topics, which share the loading of a topic:
 * {@link ReadTopicForAdministrationUseCase}, {@link CreateTopicUseCase} and {@link EditTopicUseCase}.
 * Editors list the topics with {@code ListTopicsUseCase}, as everyone does.
 */
public class TopicAdministrationService implements ReadTopicForAdministrationUseCase, CreateTopicUseCase,
        EditTopicUseCase {

    private final TopicRepository topics;
    private final TransactionPort transactions;

    public TopicAdministrationService(TopicRepository topics, TransactionPort transactions) {
        this.topics = Objects.requireNonNull(topics);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Topic readTopicForAdministration(TopicId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Topic createTopic(CreateTopicCommand command) {
        TopicInput in = command.topic();
        return transactions.inTransaction(() -> {
            Topic topic = Topic.create(TopicId.generate(), in.slug(), in.name(), in.description());
            topics.save(topic);
            return load(topic.id());
        });
    }

    @Override
    public Topic editTopic(EditTopicCommand command) {
        TopicInput in = command.topic();
        return transactions.inTransaction(() -> {
            Topic topic = load(command.id());
            if (topic.version() != command.expectedVersion()) {
                throw new ConcurrentUpdateException("topic", command.id());
            }
            topic.describe(in.slug() != null ? in.slug() : topic.slug(), in.name(), in.description());
            topics.save(topic);
            return load(topic.id());
        });
    }

    private Topic load(TopicId id) {
        return topics.findById(id).orElseThrow(() -> new TopicNotFoundException(id));
    }
}

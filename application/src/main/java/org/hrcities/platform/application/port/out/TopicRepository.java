package org.hrcities.platform.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Stores topics. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface TopicRepository {

    /**
     * Stores a new topic (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored topic is no longer at {@code topic.version()},
     *         or a new topic's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another topic has the slug
     */
    void save(Topic topic);

    Optional<Topic> findById(TopicId id);

    Optional<Topic> findBySlug(Slug slug);

    /** Every topic, by name (ties broken by id). */
    List<Topic> findAll();

    /** The topics among {@code ids} that exist, in the order of {@code ids}. */
    List<Topic> findAllById(Collection<TopicId> ids);

    long count();
}

package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;

/** What every {@link TopicRepository} must do. */
public abstract class TopicRepositoryContract extends StorageContract {

    @Test
    void stores_a_topic_and_finds_it_by_id_and_slug_with_every_field() {
        Topic housing = TopicFixtures.housing();
        inTx(() -> storage.topics().save(housing));
        for (Topic found : List.of(inTx(() -> storage.topics().findById(housing.id())).orElseThrow(),
                inTx(() -> storage.topics().findBySlug(new Slug("housing"))).orElseThrow())) {
            assertEquals(housing.id(), found.id());
            assertEquals("Housing", found.name());
            assertEquals("Homes for everyone.", found.description());
            assertTrue(found.version() > 0);
        }
        assertEquals(Optional.empty(), inTx(() -> storage.topics().findBySlug(new Slug("weather"))));
        assertEquals(Optional.empty(), inTx(() -> storage.topics().findById(TopicId.generate())));
    }

    @Test
    void saves_changes_and_refuses_a_stale_copy() {
        Topic housing = TopicFixtures.housing();
        inTx(() -> storage.topics().save(housing));
        Topic first = inTx(() -> storage.topics().findById(housing.id())).orElseThrow();
        Topic second = inTx(() -> storage.topics().findById(housing.id())).orElseThrow();
        first.describe(new Slug("homes"), "Homes", "");
        inTx(() -> storage.topics().save(first));
        second.describe(new Slug("shelter"), "Shelter", "");
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.topics().save(second)));
        Topic stored = inTx(() -> storage.topics().findById(housing.id())).orElseThrow();
        assertEquals("Homes", stored.name());
        assertEquals(Optional.empty(), inTx(() -> storage.topics().findBySlug(new Slug("housing"))));
    }

    @Test
    void refuses_a_slug_another_topic_has_and_keeps_nothing_of_the_refused_topic() {
        inTx(() -> storage.topics().save(TopicFixtures.housing()));
        Topic twin = TopicFixtures.aTopic("housing", "Housing again");
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> storage.topics().save(twin)));
        assertEquals(1, inTx(() -> storage.topics().count()));
        assertEquals(Optional.empty(), inTx(() -> storage.topics().findById(twin.id())));
    }

    @Test
    void lists_every_topic_by_name_and_finds_topics_by_ids_in_the_order_asked() {
        Topic housing = TopicFixtures.housing();
        Topic culture = TopicFixtures.aTopic("culture", "Culture");
        Topic youth = TopicFixtures.aTopic("youth", "Youth");
        inTx(() -> List.of(youth, housing, culture).forEach(storage.topics()::save));
        assertEquals(List.of("Culture", "Housing", "Youth"),
                inTx(() -> storage.topics().findAll()).stream().map(Topic::name).toList());
        assertEquals(List.of(youth.id(), culture.id()), inTx(() -> storage.topics()
                .findAllById(List.of(youth.id(), TopicId.generate(), culture.id(), youth.id())))
                .stream().map(Topic::id).toList());
        assertEquals(List.of(), inTx(() -> storage.topics().findAllById(List.of())));
        assertEquals(3, inTx(() -> storage.topics().count()));
    }
}

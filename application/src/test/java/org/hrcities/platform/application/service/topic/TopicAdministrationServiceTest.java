package org.hrcities.platform.application.service.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.topic.CreateTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.TopicInput;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class TopicAdministrationServiceTest {

    @Mock
    private TopicRepository topics;
    private final RecordingTransactions transactions = new RecordingTransactions();

    private TopicAdministrationService service() {
        return new TopicAdministrationService(topics, transactions);
    }

    private AtomicReference<Topic> recordSaves() {
        AtomicReference<Topic> saved = new AtomicReference<>();
        doAnswer(call -> {
            saved.set(call.getArgument(0));
            return null;
        }).when(topics).save(any());
        when(topics.findById(any())).thenAnswer(call -> Optional.ofNullable(saved.get()));
        return saved;
    }

    @Test
    void adds_a_topic_with_the_slug_derived_from_its_name_in_one_transaction() {
        recordSaves();

        Topic topic = service().createTopic(new CreateTopicCommand(new TopicInput(null, " Refugees & Asylum ",
                "Who *arrives*, and how cities welcome them.")));

        assertEquals(new Slug("refugees-and-asylum"), topic.slug());
        assertEquals("Refugees & Asylum", topic.name());
        assertEquals("Who *arrives*, and how cities welcome them.", topic.description());
        assertEquals(1, transactions.started());
    }

    @Test
    void keeps_the_slug_an_editor_gives() {
        recordSaves();

        Topic topic = service().createTopic(new CreateTopicCommand(new TopicInput(new Slug("asylum"), "Refugees", "")));

        assertEquals(new Slug("asylum"), topic.slug());
    }

    @Test
    void changes_a_topic_as_read_and_keeps_its_slug_when_none_is_given() {
        Topic stored = Topic.reconstitute(TopicId.generate(), new Slug("housing"), "Housing", "", 3);
        when(topics.findById(stored.id())).thenReturn(Optional.of(stored));

        Topic changed = service().editTopic(new EditTopicCommand(stored.id(), 3,
                new TopicInput(null, "Housing and homelessness", "Homes for everyone.")));

        verify(topics).save(stored);
        assertEquals(new Slug("housing"), changed.slug());
        assertEquals("Housing and homelessness", changed.name());
        assertEquals("Homes for everyone.", changed.description());
    }

    @Test
    void refuses_a_change_made_to_an_older_version_and_saves_nothing() {
        Topic stored = Topic.reconstitute(TopicId.generate(), new Slug("housing"), "Housing", "", 4);
        when(topics.findById(stored.id())).thenReturn(Optional.of(stored));

        assertThrows(ConcurrentUpdateException.class, () -> service().editTopic(new EditTopicCommand(stored.id(), 3,
                new TopicInput(null, "Mine", ""))));
        verify(topics, never()).save(any());
        assertEquals("Housing", stored.name());
    }

    @Test
    void an_unknown_topic_is_not_found() {
        TopicId id = TopicId.generate();
        when(topics.findById(id)).thenReturn(Optional.empty());

        assertEquals(id, assertThrows(TopicNotFoundException.class, () -> service().readTopicForAdministration(id)).id());
        assertThrows(TopicNotFoundException.class, () -> service().editTopic(new EditTopicCommand(id, 1,
                new TopicInput(null, "Anything", ""))));
    }

    @Test
    void the_input_names_the_field_it_refuses() {
        assertEquals("name", assertThrows(InvalidValueException.class, () -> new TopicInput(null, " ", "")).field());
        assertEquals("name", assertThrows(InvalidValueException.class,
                () -> new TopicInput(null, "x".repeat(Topic.MAX_NAME_LENGTH + 1), "")).field());
        assertEquals("description", assertThrows(InvalidValueException.class,
                () -> new TopicInput(null, "Housing", "é".repeat(Topic.MAX_DESCRIPTION_BYTES))).field());
        assertEquals("version", assertThrows(InvalidValueException.class,
                () -> new EditTopicCommand(TopicId.generate(), 0, new TopicInput(null, "Housing", ""))).field());
    }
}

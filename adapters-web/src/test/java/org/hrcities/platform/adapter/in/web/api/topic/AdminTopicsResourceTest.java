package org.hrcities.platform.adapter.in.web.api.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.topic.CreateTopicUseCase;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicForAdministrationUseCase;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The admin API's topics: created with their address and version, changed only as read (If-Match), never stored by caches. */
@ExtendWith(MockitoExtension.class)
class AdminTopicsResourceTest {

    @Mock
    private ListTopicsUseCase listTopics;
    @Mock
    private ReadTopicForAdministrationUseCase readTopic;
    @Mock
    private CreateTopicUseCase createTopic;
    @Mock
    private EditTopicUseCase editTopic;

    private AdminTopicsResource resource() {
        return new AdminTopicsResource(listTopics, readTopic, createTopic, editTopic);
    }

    private static Topic stored(long version) {
        return Topic.reconstitute(TopicId.generate(), new Slug("housing"), "Housing", "Homes for everyone.", version);
    }

    @Test
    void creates_a_topic_at_its_address_with_its_version_as_etag() {
        Topic created = stored(1);
        when(createTopic.createTopic(any())).thenReturn(created);

        Response response = resource().create(new WriteTopicRequest(null, "Housing", "Homes for everyone."));

        assertEquals(201, response.getStatus());
        assertEquals("/api/admin/topics/" + created.id(), response.getLocation().toString());
        assertEquals("\"v1\"", response.getHeaderString("ETag"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        AdminTopicResponse body = (AdminTopicResponse) response.getEntity();
        assertEquals(new AdminTopicResponse(created.id().toString(), "housing", "Housing", "Homes for everyone.", 1,
                "/api/topics/housing"), body);
    }

    @Test
    void changes_a_topic_as_read_at_the_version_in_if_match() {
        Topic topic = stored(2);
        when(readTopic.readTopicForAdministration(topic.id())).thenReturn(topic);
        when(editTopic.editTopic(any())).thenReturn(stored(3));

        Response response = resource().edit(topic.id().toString(), "\"v2\"", new WriteTopicRequest(" ", "Homes", null));

        assertEquals(200, response.getStatus());
        ArgumentCaptor<EditTopicCommand> command = ArgumentCaptor.forClass(EditTopicCommand.class);
        verify(editTopic).editTopic(command.capture());
        assertEquals(2, command.getValue().expectedVersion());
        assertNull(command.getValue().topic().slug(), "a blank slug keeps the topic's own");
        assertEquals("\"v3\"", response.getHeaderString("ETag"));
    }

    @Test
    void a_change_without_if_match_is_428_and_one_to_an_older_version_412() {
        Topic topic = stored(2);
        when(readTopic.readTopicForAdministration(topic.id())).thenReturn(topic);
        WriteTopicRequest body = new WriteTopicRequest(null, "Homes", null);

        assertEquals(428, assertThrows(WebApplicationException.class,
                () -> resource().edit(topic.id().toString(), null, body)).getResponse().getStatus());
        when(editTopic.editTopic(any())).thenThrow(new ConcurrentUpdateException("topic", topic.id()));
        assertEquals(412, assertThrows(WebApplicationException.class,
                () -> resource().edit(topic.id().toString(), "\"v1\"", body)).getResponse().getStatus());
    }

    @Test
    void refuses_a_body_without_a_name_or_with_a_malformed_slug_naming_both() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> resource().create(new WriteTopicRequest("Not A Slug", null, null)));

        assertEquals(List.of("slug", "name"), e.errors().stream().map(error -> error.field()).toList());
        verify(createTopic, never()).createTopic(any());
    }

    @Test
    void lists_every_topic_with_its_version() {
        when(listTopics.listTopics()).thenReturn(List.of(TopicFixtures.housing()));

        Response response = resource().list();

        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        assertEquals(1, ((List<?>) response.getEntity()).size());
    }
}

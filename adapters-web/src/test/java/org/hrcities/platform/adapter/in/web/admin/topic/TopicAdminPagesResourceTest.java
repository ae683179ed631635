package org.hrcities.platform.adapter.in.web.admin.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.application.port.in.topic.CreateTopicCommand;
import org.hrcities.platform.application.port.in.topic.CreateTopicUseCase;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicForAdministrationUseCase;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The topic form turns a submission into one call of a use case and its answer into a redirect or the
 * form again, as typed. The admin request is a stand-in that hands back the page's model unrendered.
 */
@ExtendWith(MockitoExtension.class)
class TopicAdminPagesResourceTest {

    private static final AdminNav NAV = new AdminNav("Anna", "editor", "topics", "A".repeat(43), true, false, false,
            false, false, false, true, true);

    @Mock
    private ListTopicsUseCase listTopics;
    @Mock
    private ReadTopicForAdministrationUseCase readTopic;
    @Mock
    private CreateTopicUseCase createTopic;
    @Mock
    private EditTopicUseCase editTopic;

    private TopicAdminPagesResource resource() {
        return new TopicAdminPagesResource(listTopics, readTopic, createTopic, editTopic);
    }

    private static MultivaluedMap<String, String> form(String name, String slug, long version) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("name", name);
        form.putSingle("slug", slug);
        form.putSingle("description", "Homes for *everyone*.");
        form.putSingle("version", String.valueOf(version));
        return form;
    }

    @Test
    void adds_a_topic_with_one_call_and_sends_the_editor_to_the_list() {
        Response response = resource().create(form("Housing", "", 0), new Editor(true));

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/topics?notice=created"), response.getLocation().toString());
        ArgumentCaptor<CreateTopicCommand> command = ArgumentCaptor.forClass(CreateTopicCommand.class);
        verify(createTopic).createTopic(command.capture());
        assertEquals("Housing", command.getValue().topic().name());
        assertNull(command.getValue().topic().slug(), "an empty slug is made from the name");
        assertEquals("Homes for *everyone*.", command.getValue().topic().description());
    }

    @Test
    void changes_a_topic_as_read_at_the_forms_version() {
        Topic housing = TopicFixtures.housing();
        when(readTopic.readTopicForAdministration(housing.id())).thenReturn(housing);

        Response response = resource().change(housing.id().toString(), form("Housing and homes", "homes", 4), new Editor(true));

        assertEquals(303, response.getStatus());
        ArgumentCaptor<EditTopicCommand> command = ArgumentCaptor.forClass(EditTopicCommand.class);
        verify(editTopic).editTopic(command.capture());
        assertEquals(4, command.getValue().expectedVersion());
        assertEquals(new Slug("homes"), command.getValue().topic().slug());
    }

    @Test
    void a_form_without_a_valid_token_changes_nothing() {
        Response response = resource().create(form("Housing", "", 0), new Editor(false));

        assertEquals(403, response.getStatus());
        assertEquals("Housing", assertInstanceOf(TopicForm.class, response.getEntity()).name(), "what was typed is kept");
        verifyNoInteractions(createTopic);
    }

    @Test
    void refuses_a_missing_name_and_a_malformed_slug_at_once_with_what_was_typed() {
        Response response = resource().create(form(" ", "Not A Slug", 0), new Editor(true));

        assertEquals(400, response.getStatus());
        TopicForm shown = assertInstanceOf(TopicForm.class, response.getEntity());
        assertTrue(shown.errors().containsKey("slug"), shown.errors().toString());
        assertEquals("Not A Slug", shown.slug());
        verifyNoInteractions(createTopic);
    }

    @Test
    void a_taken_slug_and_a_stale_version_come_back_as_conflicts() {
        when(createTopic.createTopic(any())).thenThrow(new SlugAlreadyTakenException("topic", new Slug("housing")));
        Response taken = resource().create(form("Housing", "housing", 0), new Editor(true));
        assertEquals(409, taken.getStatus());
        assertTrue(assertInstanceOf(TopicForm.class, taken.getEntity()).errors().containsKey("slug"));

        Topic housing = TopicFixtures.housing();
        when(readTopic.readTopicForAdministration(housing.id())).thenReturn(housing);
        when(editTopic.editTopic(any())).thenThrow(new ConcurrentUpdateException("topic", housing.id()));
        Response stale = resource().change(housing.id().toString(), form("Housing", "", 1), new Editor(true));
        assertEquals(409, stale.getStatus());
        assertEquals(TopicAdminPagesResource.STALE, assertInstanceOf(TopicForm.class, stale.getEntity()).formError());
    }

    @Test
    void lists_every_topic() {
        when(listTopics.listTopics()).thenReturn(List.of(TopicFixtures.housing()));

        Response response = resource().list("created", new Editor(true));

        TopicsAdminPage page = assertInstanceOf(TopicsAdminPage.class, response.getEntity());
        assertEquals(1, page.topics().size());
        assertTrue(page.notice().startsWith("The topic was added."));
    }

    /** A signed-in editor whose form carries its token (or not); a page is its model, unrendered. */
    private static final class Editor extends AdminRequest {

        private final boolean tokenMatches;

        Editor(boolean tokenMatches) {
            this.tokenMatches = tokenMatches;
        }

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return tokenMatches;
        }

        @Override
        public AdminNav nav(String section) {
            return NAV;
        }

        @Override
        public Response page(int status, String template, Object model) {
            return Response.status(status).entity(model).build();
        }
    }
}

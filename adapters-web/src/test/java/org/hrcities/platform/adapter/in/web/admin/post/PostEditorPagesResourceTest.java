package org.hrcities.platform.adapter.in.web.admin.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The post form turns each button into one call of {@link SavePostUseCase} and its answer into a
 * redirect or the form again, as typed. The admin request is a stand-in that accepts the form and
 * hands back the page's model instead of rendering it.
 */
@ExtendWith(MockitoExtension.class)
class PostEditorPagesResourceTest {

    private static final AdminNav NAV = new AdminNav("Anna", "editor", "posts", "A".repeat(43), true, false, false,
            false, false, false, true, true);
    private static final SiteTimeZone ZONE = new SiteTimeZone(ZoneId.of("Europe/Brussels"));

    @Mock
    private ReadPostForEditingUseCase readPost;
    @Mock
    private SavePostUseCase savePost;
    @Mock
    private ListPartnerCitiesForAdministrationUseCase listCities;
    @Mock
    private ListTopicsUseCase listTopics;
    @Mock
    private ReadDiscussionSettingsUseCase readSettings;
    @Mock
    private ReadMediaUseCase readMedia;
    private PostEditorPagesResource resource;
    private final Post draft = PostFixtures.aDraftPost();

    @BeforeEach
    void setUp() {
        resource = new PostEditorPagesResource(readPost, savePost, listCities, listTopics, readSettings, readMedia, ZONE);
    }

    private MultivaluedMap<String, String> form(String action, long version) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("title", "Typed title");
        form.putSingle("excerpt", "");
        form.putSingle("body", "Typed body.");
        form.putSingle("slug", "");
        form.putSingle("commentsOpen", "true");
        form.putSingle("author", "Anna");
        form.putSingle("version", String.valueOf(version));
        form.putSingle("action", action);
        return form;
    }

    private PostForEditing stored(Post post) {
        PostForEditing editing = new PostForEditing(post, List.of(), List.of());
        when(readPost.readPostForEditing(post.id())).thenReturn(editing);
        return editing;
    }

    private SavePostCommand theOneSave() {
        ArgumentCaptor<SavePostCommand> command = ArgumentCaptor.forClass(SavePostCommand.class);
        verify(savePost).savePost(command.capture());
        return command.getValue();
    }

    @Test
    void saves_and_publishes_a_stored_post_with_one_call_and_sends_the_editor_to_the_notice() {
        stored(draft);
        when(savePost.savePost(any())).thenReturn(new PostForEditing(draft, List.of(), List.of()));

        Response response = resource.change(draft.id().toString(), form("publish", 3), new Editor());

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/posts/" + draft.id() + "?notice=published"));
        SavePostCommand command = theOneSave();
        assertEquals(draft.id(), command.id());
        assertEquals(3, command.expectedVersion(), "as the editor read it");
        assertEquals("Typed title", command.post().title());
        assertEquals(AfterSaving.publishNow(), command.then());
    }

    @Test
    void saves_and_schedules_a_new_post_with_one_call() {
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        MultivaluedMap<String, String> form = form("schedule", 0);
        form.putSingle("publishAt", LocalDateTime.ofInstant(at, ZONE.zone()).toString());
        when(savePost.savePost(any())).thenReturn(new PostForEditing(draft, List.of(), List.of()));

        Response response = resource.create(form, new Editor());

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("?notice=scheduled"));
        SavePostCommand command = theOneSave();
        assertTrue(command.isNew());
        assertEquals(AfterSaving.scheduleAt(at), command.then());
    }

    @Test
    void a_refused_publication_shows_the_form_as_typed_at_the_version_the_editor_read() {
        stored(draft);
        when(savePost.savePost(any())).thenThrow(new PostStateException("the post is already published"));

        Response response = resource.change(draft.id().toString(), form("publish", 3), new Editor());

        assertEquals(409, response.getStatus());
        PostForm shown = assertInstanceOf(PostForm.class, response.getEntity());
        assertEquals("The post is already published.", shown.formError());
        assertEquals(3, shown.version(), "nothing was saved, so the version is the one read");
        assertEquals("Typed title", shown.title());
        assertEquals(AfterSaving.publishNow(), theOneSave().then());
    }

    @Test
    void a_preview_saves_nothing() {
        Response response = resource.create(form("preview", 0), new Editor());

        assertEquals(200, response.getStatus());
        assertTrue(assertInstanceOf(PostForm.class, response.getEntity()).preview().value().contains("Typed body."));
        verifyNoInteractions(savePost);
    }

    @Test
    void publishing_without_a_body_is_refused_before_anything_is_saved() {
        MultivaluedMap<String, String> form = form("publish", 0);
        form.putSingle("body", " ");

        Response response = resource.create(form, new Editor());

        assertEquals(400, response.getStatus());
        assertTrue(assertInstanceOf(PostForm.class, response.getEntity()).errors().containsKey("body"));
        verifyNoInteractions(savePost);
    }

    @Test
    void files_the_post_under_the_ticked_topics_in_one_save() {
        when(savePost.savePost(any())).thenReturn(new PostForEditing(draft, List.of(), List.of()));
        MultivaluedMap<String, String> form = form("save", 0);
        form.put("topics", List.of("poverty", "housing"));

        assertEquals(303, resource.create(form, new Editor()).getStatus());

        assertEquals(List.of(new Slug("poverty"), new Slug("housing")), theOneSave().post().topics());
    }

    @Test
    void offers_every_topic_and_ticks_those_the_post_is_filed_under() {
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        when(listTopics.listTopics()).thenReturn(List.of(housing, poverty));
        when(readPost.readPostForEditing(draft.id())).thenReturn(new PostForEditing(draft, List.of(), List.of(poverty)));

        Response response = resource.edit(draft.id().toString(), null, new Editor());

        assertEquals(List.of(new PostForm.TopicChoice("housing", "Housing", false),
                new PostForm.TopicChoice("poverty", "Poverty", true)),
                assertInstanceOf(PostForm.class, response.getEntity()).topics());
    }

    @Test
    void a_topic_that_names_no_topic_comes_back_ticked_with_its_message() {
        Topic housing = TopicFixtures.housing();
        when(listTopics.listTopics()).thenReturn(List.of(housing));
        when(savePost.savePost(any())).thenThrow(new InvalidValueException("topics", "no topic has the slug \"gone\""));
        MultivaluedMap<String, String> form = form("save", 0);
        form.put("topics", List.of("housing", "gone"));

        Response response = resource.create(form, new Editor());

        assertEquals(400, response.getStatus());
        PostForm shown = assertInstanceOf(PostForm.class, response.getEntity());
        assertEquals("No topic has the slug \"gone\".", shown.errors().get("topics"));
        assertEquals(List.of(new PostForm.TopicChoice("housing", "Housing", true)), shown.topics(), "the ticks are kept");
    }

    /** A signed-in editor whose form carries its token; a page is its model, unrendered. */
    private static final class Editor extends AdminRequest {

        @Override
        public boolean acceptsForm(MultivaluedMap<String, String> form) {
            return true;
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

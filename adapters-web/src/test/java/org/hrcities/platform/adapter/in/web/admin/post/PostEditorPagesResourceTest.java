package org.hrcities.platform.adapter.in.web.admin.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.hrcities.platform.application.port.in.authoring.TranslatePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslatePostUseCase;
import org.hrcities.platform.application.port.in.authoring.TranslationSummary;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
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
    private TranslatePostUseCase translatePost;
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
        resource = new PostEditorPagesResource(readPost, savePost, translatePost, listCities, listTopics, readSettings,
                readMedia, ZONE, SiteLanguages.parse("en,fr,de"));
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

    @Test
    void writes_a_new_post_in_the_language_chosen() {
        when(savePost.savePost(any())).thenReturn(new PostForEditing(draft, List.of(), List.of()));
        MultivaluedMap<String, String> form = form("save", 0);
        form.putSingle("language", "fr");

        assertEquals(303, resource.create(form, new Editor()).getStatus());

        assertEquals(new Language("fr"), theOneSave().languageOrNull());
    }

    @Test
    void the_new_post_form_offers_the_sites_languages_named_in_themselves_the_default_chosen() {
        when(readSettings.readDiscussionSettings()).thenReturn(
                org.hrcities.platform.domain.comment.DiscussionSettings.defaults());

        PostForm blank = assertInstanceOf(PostForm.class, resource.blank(new Editor()).getEntity());

        assertEquals(List.of(new ContentLanguage.Option("en", "English", true),
                new ContentLanguage.Option("fr", "Français", false),
                new ContentLanguage.Option("de", "Deutsch", false)), blank.language().options());
    }

    @Test
    void a_language_the_site_is_not_written_in_comes_back_beside_the_choice_keeping_what_was_typed() {
        MultivaluedMap<String, String> form = form("save", 0);
        form.putSingle("language", "xx");

        Response response = resource.create(form, new Editor());

        assertEquals(400, response.getStatus());
        PostForm shown = assertInstanceOf(PostForm.class, response.getEntity());
        assertTrue(shown.hasError("language"));
        assertEquals("Typed title", shown.title());
        verifyNoInteractions(savePost);
    }

    @Test
    void the_translate_button_starts_a_draft_translation_holding_the_originals_text_and_opens_it() {
        stored(draft);
        Post german = draft.translate(PostId.generate(), new Language("de"), null, draft.content(), draft.authorName(),
                Instant.now());
        when(translatePost.translatePost(any())).thenReturn(new PostForEditing(german, List.of(), List.of()));

        Response response = resource.translate(draft.id().toString(), translateForm("de"), new Editor());

        assertEquals(303, response.getStatus());
        assertTrue(response.getLocation().toString().endsWith("/admin/posts/" + german.id() + "?notice=translated"),
                response.getLocation().toString());
        ArgumentCaptor<TranslatePostCommand> command = ArgumentCaptor.forClass(TranslatePostCommand.class);
        verify(translatePost).translatePost(command.capture());
        assertEquals(draft.id(), command.getValue().original());
        assertEquals(new Language("de"), command.getValue().language());
        assertEquals(draft.title(), command.getValue().post().title());
        assertEquals(draft.content().excerpt(), command.getValue().post().excerpt());
        assertEquals(draft.content().body(), command.getValue().post().body());
        assertNull(command.getValue().post().slug(), "the slug is made from the title in the new language");
    }

    @Test
    void a_second_translation_into_a_language_shows_the_conflict_as_a_notice_on_the_original() {
        stored(draft);
        when(translatePost.translatePost(any())).thenThrow(
                new TranslationAlreadyExistsException(draft.translationGroup(), new Language("fr")));

        Response response = resource.translate(draft.id().toString(), translateForm("fr"), new Editor());

        assertEquals(409, response.getStatus());
        PostForm shown = assertInstanceOf(PostForm.class, response.getEntity());
        assertEquals("This post is already translated into Français: its translation is listed under Translations.",
                shown.notice());
        assertEquals(draft.id().toString(), shown.id());
        assertFalse(shown.hasErrors());
    }

    @Test
    void a_translate_button_without_the_members_token_starts_nothing() {
        stored(draft);

        Response response = resource.translate(draft.id().toString(), translateForm("de"), new Editor(false));

        assertEquals(403, response.getStatus());
        verifyNoInteractions(translatePost);
    }

    @Test
    void the_editor_lists_each_other_language_with_its_translation_or_the_button_that_starts_it() {
        Post french = draft.translate(PostId.generate(), new Language("fr"), null, draft.content(), draft.authorName(),
                Instant.now());
        when(readPost.readPostForEditing(draft.id())).thenReturn(new PostForEditing(draft, List.of(), List.of(), null,
                List.of(TranslationSummary.of(french))));

        PostForm shown = assertInstanceOf(PostForm.class, resource.edit(draft.id().toString(), null, new Editor())
                .getEntity());

        assertEquals("en", shown.language().code());
        assertEquals(List.of(
                new ContentLanguage.Translation("fr", "Français", "/admin/posts/" + french.id(), "draft", french.title(),
                        null),
                new ContentLanguage.Translation("de", "Deutsch", null, null, null,
                        "/admin/posts/" + draft.id() + "/translations")), shown.language().translations());
    }

    @Test
    void a_published_posts_address_is_under_its_languages_prefix() {
        Post french = draft.translate(PostId.generate(), new Language("fr"), new Slug("bonne-annee"), draft.content(),
                draft.authorName(), Instant.now());
        french.publish(Instant.now());
        stored(french);

        PostForm shown = assertInstanceOf(PostForm.class, resource.edit(french.id().toString(), "published", new Editor())
                .getEntity());

        assertEquals("/fr/posts/bonne-annee", shown.publicHref());
        assertEquals("/fr/posts/bonne-annee", shown.noticeHref());
    }

    private static MultivaluedMap<String, String> translateForm(String language) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("token", "A".repeat(43));
        form.putSingle("language", language);
        return form;
    }

    /** A signed-in editor whose form carries its token; a page is its model, unrendered. */
    private static final class Editor extends AdminRequest {

        private final boolean tokenMatches;

        Editor() {
            this(true);
        }

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

package org.hrcities.platform.adapter.in.web.api.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishPostUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.authoring.SchedulePostUseCase;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostUseCase;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.TranslationSummary;
import org.hrcities.platform.application.port.in.authoring.TranslatePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslatePostUseCase;
import org.hrcities.platform.adapter.in.web.error.ProblemResponse;
import org.hrcities.platform.adapter.in.web.error.ProblemMapper;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import java.util.function.Supplier;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The admin API files a post under the topics its body names by their slugs, and shows them. */
@ExtendWith(MockitoExtension.class)
class AdminPostsResourceTest {

    @Mock
    private ListPostsForEditingUseCase listPosts;
    @Mock
    private ReadPostForEditingUseCase readPost;
    @Mock
    private SavePostUseCase savePost;
    @Mock
    private PublishPostUseCase publishPost;
    @Mock
    private SchedulePostUseCase schedulePost;
    @Mock
    private UnpublishPostUseCase unpublishPost;
    @Mock
    private DeletePostUseCase deletePost;
    @Mock
    private TranslatePostUseCase translatePost;

    private AdminPostsResource resource() {
        return new AdminPostsResource(listPosts, readPost, savePost, publishPost, schedulePost, unpublishPost, deletePost,
                translatePost, SiteLanguages.parse("en,fr,de"));
    }

    /** What the client gets: the answer, or the problem the failure becomes. */
    private static Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return new ProblemMapper().toResponse(e);
        }
    }

    private static WritePostRequest translation(String language) {
        return new WritePostRequest("Bonne année", "", "Bonne année à tout le réseau.", "bonne-annee", null, null, null,
                null, null, language);
    }

    private static Post frenchTranslationOf(Post original) {
        return original.translate(PostId.generate(), PostFixtures.FRENCH, new Slug("bonne-annee"),
                new PostContent("Bonne année", "Bonne année à tout le réseau.", null), "Anna Editor",
                PostFixtures.CREATED_AT);
    }

    private static HttpServletRequest signedIn() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getAttribute(StaffMember.class.getName()))
                .thenReturn(new StaffMember(AccountId.generate(), "Anna Editor", Role.EDITOR));
        return request;
    }

    private static WritePostRequest body(List<String> topics) {
        return new WritePostRequest("A title", "", "A body.", null, List.of(), topics, true, null);
    }

    @Test
    void files_a_new_post_under_the_topics_named_in_their_order_and_answers_them() {
        Post post = PostFixtures.aDraftPost();
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        when(savePost.savePost(any())).thenReturn(new PostForEditing(post, List.of(), List.of(poverty, housing)));

        Response response = resource().create(body(List.of("poverty", " housing ")), signedIn());

        ArgumentCaptor<SavePostCommand> command = ArgumentCaptor.forClass(SavePostCommand.class);
        verify(savePost).savePost(command.capture());
        assertEquals(List.of(new Slug("poverty"), new Slug("housing")), command.getValue().post().topics());
        assertEquals(201, response.getStatus());
        assertEquals(List.of(TopicRefResponse.from(poverty), TopicRefResponse.from(housing)),
                ((AdminPostResponse) response.getEntity()).topics());
    }

    @Test
    void a_topic_that_cannot_be_a_slug_is_refused_on_the_field_topics_naming_it_before_anything_is_saved() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> resource().create(body(List.of("housing", "Not A Slug")), signedIn()));

        assertEquals("topics", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("\"Not A Slug\""), e.errors().get(0).message());
        verify(savePost, never()).savePost(any());
    }

    @Test
    void a_post_written_without_topics_is_filed_under_none() {
        when(savePost.savePost(any())).thenReturn(new PostForEditing(PostFixtures.aDraftPost(), List.of(), List.of()));

        resource().create(body(null), signedIn());

        ArgumentCaptor<SavePostCommand> command = ArgumentCaptor.forClass(SavePostCommand.class);
        verify(savePost).savePost(command.capture());
        assertEquals(List.of(), command.getValue().post().topics());
    }

    @Test
    void a_translation_is_a_new_draft_answered_201_with_its_address_etag_and_group() {
        Post original = PostFixtures.aPublishedPost();
        Post french = frenchTranslationOf(original);
        when(translatePost.translatePost(any())).thenReturn(new PostForEditing(french, List.of(), List.of(), null,
                List.of(TranslationSummary.of(original))));

        Response response = answer(() -> resource().translate(original.id().toString(), translation(" FR "), signedIn()));

        assertEquals(201, response.getStatus());
        assertEquals("/api/admin/posts/" + french.id(), response.getLocation().toString());
        assertEquals(Preconditions.tagOf(french.version()), response.getEntityTag());
        ArgumentCaptor<TranslatePostCommand> command = ArgumentCaptor.forClass(TranslatePostCommand.class);
        verify(translatePost).translatePost(command.capture());
        assertEquals(original.id(), command.getValue().original());
        assertEquals(PostFixtures.FRENCH, command.getValue().language());
        assertEquals("Bonne année", command.getValue().post().title());
        AdminPostResponse body = (AdminPostResponse) response.getEntity();
        assertEquals("fr", body.language());
        assertEquals("DRAFT", body.status());
        assertEquals(List.of(new AdminTranslationResponse(original.id().toString(), "en", "PUBLISHED",
                original.slug().value(), original.title())), body.translations());
    }

    @Test
    void a_language_already_translated_into_is_a_409_conflict() {
        Post original = PostFixtures.aPublishedPost();
        when(translatePost.translatePost(any()))
                .thenThrow(new TranslationAlreadyExistsException(original.translationGroup(), PostFixtures.FRENCH));

        Response response = answer(() -> resource().translate(original.id().toString(), translation("fr"), signedIn()));

        assertEquals(409, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals("/problems/conflict", ((ProblemResponse) response.getEntity()).type().toString());
    }

    @Test
    void a_translation_without_a_language_or_in_one_the_service_refuses_is_a_400_on_language() {
        Post original = PostFixtures.aPublishedPost();
        for (String missing : java.util.Arrays.asList(null, " ", "french")) {
            Response response = answer(() -> resource().translate(original.id().toString(), translation(missing), signedIn()));
            assertEquals(400, response.getStatus(), String.valueOf(missing));
            assertEquals("language", ((ProblemResponse) response.getEntity()).errors().get(0).field());
        }
        verify(translatePost, never()).translatePost(any());

        when(translatePost.translatePost(any())).thenThrow(new InvalidValueException("language",
                "the site is not written in es; its languages are en, fr, de"));
        Response refused = answer(() -> resource().translate(original.id().toString(), translation("es"), signedIn()));
        assertEquals(400, refused.getStatus());
        assertEquals("language", ((ProblemResponse) refused.getEntity()).errors().get(0).field());
    }

    @Test
    void a_translation_of_no_post_is_a_404() {
        PostId unknown = PostId.generate();
        when(translatePost.translatePost(any())).thenThrow(new PostNotFoundException(unknown));

        assertEquals(404, answer(() -> resource().translate(unknown.toString(), translation("fr"), signedIn())).getStatus());
        assertEquals(404, answer(() -> resource().translate("not-an-id", translation("fr"), mock(HttpServletRequest.class)))
                .getStatus(), "an id that cannot be one names nothing");
    }

    @Test
    void a_new_post_is_written_in_the_language_its_body_names_else_the_sites_default() {
        when(savePost.savePost(any())).thenReturn(new PostForEditing(PostFixtures.aDraftPost(), List.of(), List.of()));

        resource().create(translation("de"), signedIn());
        resource().create(body(null), signedIn());

        ArgumentCaptor<SavePostCommand> command = ArgumentCaptor.forClass(SavePostCommand.class);
        verify(savePost, org.mockito.Mockito.times(2)).savePost(command.capture());
        assertEquals(PostFixtures.GERMAN, command.getAllValues().get(0).languageOrNull());
        assertEquals(null, command.getAllValues().get(1).languageOrNull(), "the service writes it in the default");
    }

    @Test
    void the_list_narrows_to_a_language_of_the_site_and_names_each_posts_language() {
        Post french = frenchTranslationOf(PostFixtures.aPublishedPost());
        when(listPosts.listPostsForEditing(any())).thenReturn(new PostsForEditing(
                new Page<>(List.of(french), PageRequest.first(10), 1), java.util.Map.of()));
        jakarta.ws.rs.core.UriInfo uri = mock(jakarta.ws.rs.core.UriInfo.class);
        when(uri.getRequestUriBuilder()).thenAnswer(call -> jakarta.ws.rs.core.UriBuilder.fromUri("https://host/api/admin/posts"));
        when(uri.getQueryParameters()).thenReturn(new jakarta.ws.rs.core.MultivaluedHashMap<>());

        Response response = resource().list(null, null, "fr", null, null, uri);

        ArgumentCaptor<ListPostsForEditingQuery> query = ArgumentCaptor.forClass(ListPostsForEditingQuery.class);
        verify(listPosts).listPostsForEditing(query.capture());
        assertEquals(PostFixtures.FRENCH, query.getValue().languageOrNull());
        assertEquals("fr", ((List<?>) response.getEntity()).stream().map(AdminPostSummaryResponse.class::cast)
                .findFirst().orElseThrow().language());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> resource().list(null, null, "es", null, null, uri));
        assertEquals("language", refused.errors().get(0).field());
    }
}

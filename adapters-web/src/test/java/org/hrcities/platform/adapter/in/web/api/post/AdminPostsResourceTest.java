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

    private AdminPostsResource resource() {
        return new AdminPostsResource(listPosts, readPost, savePost, publishPost, schedulePost, unpublishPost, deletePost);
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
}

package org.hrcities.platform.application.service.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.SchedulePostCommand;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostCommand;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The editors' use cases besides saving ({@link SavePostServiceTest}). The post repository is a mock
 * whose reads are answered from the posts the test stored and the service saved ({@link StubbedPosts});
 * what the tests check is what the service saves, and that nothing is saved when a rule refuses the change.
 */
@ExtendWith(MockitoExtension.class)
class PostAuthoringServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    @Mock
    private PartnerCityRepository cities;
    @Mock
    private TopicRepository topics;
    @Mock
    private MediaRepository media;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private StubbedPosts store;
    private PostAuthoringService service;

    @BeforeEach
    void setUp() {
        store = new StubbedPosts(posts);
        service = new PostAuthoringService(posts, cities, topics, media, transactions, () -> NOW);
    }

    private Post given(Post post) {
        return store.given(post);
    }

    private static Post copy(Post post, long version) {
        return StubbedPosts.copy(post, version);
    }

    // publishing, scheduling, withdrawing, deleting

    @Test
    void publishes_a_draft_now() {
        Post draft = given(PostFixtures.aDraftPost());
        Post published = service.publishPost(new PublishPostCommand(draft.id(), 1)).post();
        assertEquals(PostStatus.PUBLISHED, published.status());
        assertEquals(Optional.of(NOW), published.publishedAt());
    }

    @Test
    void schedules_a_draft_for_a_future_time_only() {
        Post draft = given(PostFixtures.aDraftPost());
        InvalidValueException past = assertThrows(InvalidValueException.class,
                () -> service.schedulePost(new SchedulePostCommand(draft.id(), 1, NOW)));
        assertEquals("publishAt", past.field());
        verify(posts, never()).save(any());

        Post scheduled = service.schedulePost(new SchedulePostCommand(draft.id(), 1, NOW.plus(Duration.ofDays(1)))).post();
        assertEquals(PostStatus.SCHEDULED, scheduled.status());
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(1))), scheduled.publishedAt());
    }

    @Test
    void withdraws_a_published_post_to_draft() {
        Post post = given(PostFixtures.aPublishedPost("to-withdraw", NOW.minusSeconds(60)));
        Post draft = service.unpublishPost(new UnpublishPostCommand(post.id(), 1)).post();
        assertEquals(PostStatus.DRAFT, draft.status());
        assertEquals(NOW, draft.updatedAt());
    }

    @Test
    void a_state_change_on_a_stale_copy_is_refused() {
        Post post = given(PostFixtures.aDraftPost());
        store.stored.put(post.id(), copy(post, 5));
        assertThrows(ConcurrentUpdateException.class, () -> service.publishPost(new PublishPostCommand(post.id(), 4)));
        assertThrows(ConcurrentUpdateException.class,
                () -> service.schedulePost(new SchedulePostCommand(post.id(), 4, NOW.plusSeconds(60))));
        verify(posts, never()).save(any());
    }

    @Test
    void deletes_only_the_copy_last_read() {
        Post post = given(PostFixtures.aDraftPost());
        store.stored.put(post.id(), copy(post, 2));
        assertThrows(ConcurrentUpdateException.class, () -> service.deletePost(new DeletePostCommand(post.id(), 1)));
        verify(posts, never()).delete(any());

        service.deletePost(new DeletePostCommand(post.id(), 2));
        verify(posts).delete(any());
    }

    // reading

    @Test
    void lists_posts_for_editors_with_the_counts_per_status() {
        Post draft = PostFixtures.aDraftPost();
        PageRequest page = PageRequest.first(20);
        when(posts.findForEditing(null, PostStatus.DRAFT, List.of("housing"), page)).thenReturn(new Page<>(List.of(draft), page, 1));
        when(posts.countByStatus()).thenReturn(Map.of(PostStatus.DRAFT, 1L, PostStatus.PUBLISHED, 4L));

        PostsForEditing list = service.listPostsForEditing(new ListPostsForEditingQuery(PostStatus.DRAFT, "Housing", page));

        assertEquals(List.of(draft), list.posts().items());
        assertEquals(0, list.count(PostStatus.SCHEDULED));
        assertEquals(4, list.count(PostStatus.PUBLISHED));
        assertEquals(5, list.countAll());
        assertEquals(1, transactions.started());
    }

    @Test
    void reads_an_unknown_post_as_unknown() {
        assertThrows(PostNotFoundException.class, () -> service.readPostForEditing(PostId.generate()));
    }
}

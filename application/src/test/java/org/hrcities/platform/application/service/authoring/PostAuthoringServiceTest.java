package org.hrcities.platform.application.service.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hrcities.platform.application.port.in.authoring.CreatePostCommand;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.EditPostCommand;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.SchedulePostCommand;
import org.hrcities.platform.application.port.in.authoring.UnknownPostException;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostCommand;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The editors' use cases. The post repository is a mock whose reads are answered from the posts
 * the test stored and the service saved; what the tests check is what the service saves, and that
 * nothing is saved when a rule refuses the change.
 */
@ExtendWith(MockitoExtension.class)
class PostAuthoringServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    @Mock
    private PartnerCityRepository cities;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private final Map<PostId, Post> stored = new HashMap<>();
    private final List<Post> saved = new ArrayList<>();
    private PostAuthoringService service;

    @BeforeEach
    void setUp() {
        service = new PostAuthoringService(posts, cities, transactions, () -> NOW);
        lenient().when(posts.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<PostId>getArgument(0)))
                .map(PostAuthoringServiceTest::copy));
        lenient().when(posts.findBySlug(any())).thenAnswer(call -> stored.values().stream()
                .filter(post -> post.slug().equals(call.getArgument(0))).findFirst().map(PostAuthoringServiceTest::copy));
        lenient().when(posts.findByFormerSlug(any())).thenAnswer(call -> stored.values().stream()
                .filter(post -> post.formerSlugs().contains(call.<Slug>getArgument(0))).findFirst()
                .map(PostAuthoringServiceTest::copy));
        lenient().doAnswer(call -> {
            Post post = call.getArgument(0);
            saved.add(post);
            stored.put(post.id(), Post.reconstitute(post.id(), post.slug(), post.formerSlugs(), post.content(),
                    post.authorName(), post.status(), post.publishedAt().orElse(null), post.partnerCities(),
                    post.commentsOpen(), post.updatedAt(), post.version() + 1));
            return null;
        }).when(posts).save(any());
    }

    /** Stores the post at version 1, as an editor would have read it. */
    private Post given(Post post) {
        stored.put(post.id(), copy(post, 1));
        return copy(post, 1);
    }

    private static Post copy(Post post) {
        return copy(post, post.version());
    }

    private static Post copy(Post post, long version) {
        return Post.reconstitute(post.id(), post.slug(), post.formerSlugs(), post.content(), post.authorName(),
                post.status(), post.publishedAt().orElse(null), post.partnerCities(), post.commentsOpen(),
                post.updatedAt(), version);
    }

    private static PostInput input(String title, String slug, List<PartnerCityId> cities) {
        return new PostInput(title, "Short.", "The body.", slug, cities, true, "Anna Editor");
    }

    // creating

    @Test
    void creates_a_draft_now_with_the_slug_derived_from_the_title() {
        PostForEditing created = service.createPost(new CreatePostCommand(input("Housing First!", null, List.of())));

        Post post = created.post();
        assertEquals(PostStatus.DRAFT, post.status());
        assertEquals(new Slug("housing-first"), post.slug());
        assertEquals("Anna Editor", post.authorName());
        assertEquals(NOW, post.updatedAt());
        assertEquals(1, created.version());
        assertEquals(1, transactions.started());
    }

    @Test
    void numbers_a_derived_slug_past_the_slugs_in_use_current_or_former() {
        given(PostFixtures.aPublishedPost("housing-first", NOW));
        Post moved = PostFixtures.aPublishedPost("housing-first-2", NOW);
        moved.changeSlug(new Slug("elsewhere"));
        given(moved);

        Post created = service.createPost(new CreatePostCommand(input("Housing first", null, List.of()))).post();

        assertEquals(new Slug("housing-first-3"), created.slug());
    }

    @Test
    void refuses_a_slug_given_that_another_post_has() {
        given(PostFixtures.aPublishedPost("taken", NOW));
        assertThrows(SlugAlreadyTakenException.class,
                () -> service.createPost(new CreatePostCommand(input("Title", "taken", List.of()))));
        verify(posts, never()).save(any());
    }

    @Test
    void takes_over_a_slug_that_another_post_had_before_and_drops_that_redirect() {
        Post moved = PostFixtures.aPublishedPost("wanted", NOW);
        moved.changeSlug(new Slug("moved-away"));
        given(moved);

        Post created = service.createPost(new CreatePostCommand(input("Title", "wanted", List.of()))).post();

        assertEquals(new Slug("wanted"), created.slug());
        assertEquals(Set.of(), stored.get(moved.id()).formerSlugs(), "the old redirect goes");
        assertEquals(2, stored.get(moved.id()).version(), "the other post was saved as changed");
        assertEquals(1, transactions.started(), "both in one transaction");
    }

    @Test
    void refuses_tags_of_unknown_cities_and_keeps_the_order_of_known_ones() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        PartnerCityId unknown = PartnerCityId.generate();
        when(cities.findAllById(List.of(york.id(), unknown))).thenReturn(List.of(york));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> service.createPost(new CreatePostCommand(input("Title", null, List.of(york.id(), unknown)))));
        assertEquals("partnerCities", e.field());
        verify(posts, never()).save(any());

        when(cities.findAllById(List.of(york.id(), graz.id()))).thenReturn(List.of(york, graz));
        PostForEditing created = service.createPost(new CreatePostCommand(input("Title", null, List.of(york.id(), graz.id()))));
        assertEquals(List.of(york.id(), graz.id()), created.post().partnerCities());
        assertEquals(List.of(york, graz), created.partnerCities());
    }

    // editing

    @Test
    void an_edit_of_a_stale_copy_is_refused_and_changes_nothing() {
        Post post = given(PostFixtures.aDraftPost());
        stored.put(post.id(), copy(post, 2));

        assertThrows(ConcurrentUpdateException.class,
                () -> service.editPost(new EditPostCommand(post.id(), 1, input("Mine", null, List.of()))));
        verify(posts, never()).save(any());
    }

    @Test
    void a_new_slug_of_a_published_post_keeps_the_old_one_leading_to_it() {
        Post post = given(PostFixtures.aPublishedPost("old-address", NOW.minusSeconds(3600)));

        PostForEditing edited = service.editPost(new EditPostCommand(post.id(), 1, input("New title", "new-address", List.of())));

        assertEquals(new Slug("new-address"), edited.post().slug());
        assertEquals(Set.of(new Slug("old-address")), edited.post().formerSlugs());
        assertEquals("New title", edited.post().title());
        assertEquals(NOW, edited.post().updatedAt());
        assertEquals(2, edited.version());
    }

    @Test
    void an_edit_without_a_slug_keeps_the_slug() {
        Post post = given(PostFixtures.aPublishedPost("stays", NOW.minusSeconds(3600)));
        Post edited = service.editPost(new EditPostCommand(post.id(), 1, input("Another title", " ", List.of()))).post();
        assertEquals(new Slug("stays"), edited.slug());
        assertEquals(Set.of(), edited.formerSlugs());
    }

    @Test
    void an_edit_to_another_posts_slug_is_refused() {
        given(PostFixtures.aPublishedPost("theirs", NOW));
        Post mine = given(PostFixtures.aPublishedPost("mine", NOW));
        assertThrows(SlugAlreadyTakenException.class,
                () -> service.editPost(new EditPostCommand(mine.id(), 1, input("Title", "theirs", List.of()))));
        verify(posts, never()).save(any());
    }

    @Test
    void editing_an_unknown_post_says_so() {
        PostId id = PostId.generate();
        assertEquals(id, assertThrows(UnknownPostException.class,
                () -> service.editPost(new EditPostCommand(id, 1, input("Title", null, List.of())))).id());
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
        stored.put(post.id(), copy(post, 5));
        assertThrows(ConcurrentUpdateException.class, () -> service.publishPost(new PublishPostCommand(post.id(), 4)));
        assertThrows(ConcurrentUpdateException.class,
                () -> service.schedulePost(new SchedulePostCommand(post.id(), 4, NOW.plusSeconds(60))));
        verify(posts, never()).save(any());
    }

    @Test
    void deletes_only_the_copy_last_read() {
        Post post = given(PostFixtures.aDraftPost());
        stored.put(post.id(), copy(post, 2));
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
        when(posts.findForEditing(PostStatus.DRAFT, List.of("housing"), page)).thenReturn(new Page<>(List.of(draft), page, 1));
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
        assertThrows(UnknownPostException.class, () -> service.readPostForEditing(PostId.generate()));
    }

    // the scheduler

    @Test
    void publishes_the_due_posts_each_in_its_own_transaction_and_skips_the_ones_changed_meanwhile() {
        Post due = given(PostFixtures.aScheduledPost("due", NOW.minusSeconds(10)));
        Post alsoDue = given(PostFixtures.aScheduledPost("also-due", NOW));
        Post withdrawnMeanwhile = PostFixtures.aScheduledPost("withdrawn", NOW.minusSeconds(20));
        Post conflicting = given(PostFixtures.aScheduledPost("conflicting", NOW.minusSeconds(5)));
        when(posts.findDueScheduled(NOW, PostAuthoringService.BATCH_SIZE))
                .thenReturn(List.of(withdrawnMeanwhile, due, conflicting, alsoDue));
        Post draftNow = copy(withdrawnMeanwhile, 1);
        draftNow.unpublish(NOW.minusSeconds(1));
        stored.put(withdrawnMeanwhile.id(), copy(draftNow, 2));
        doThrow(new ConcurrentUpdateException("post", conflicting.id())).when(posts)
                .save(org.mockito.ArgumentMatchers.argThat(post -> post.id().equals(conflicting.id())));

        int published = service.publishDuePosts();

        assertEquals(2, published);
        assertEquals(PostStatus.PUBLISHED, stored.get(due.id()).status());
        assertEquals(PostStatus.PUBLISHED, stored.get(alsoDue.id()).status());
        assertEquals(PostStatus.DRAFT, stored.get(withdrawnMeanwhile.id()).status(), "no longer scheduled: left alone");
        assertEquals(PostStatus.SCHEDULED, stored.get(conflicting.id()).status(), "left for the next call");
        assertEquals(5, transactions.started(), "one to find the due posts, one per post");
        assertTrue(saved.stream().noneMatch(post -> post.id().equals(withdrawnMeanwhile.id())));
    }

    @Test
    void publishes_nothing_when_nothing_is_due() {
        when(posts.findDueScheduled(NOW, PostAuthoringService.BATCH_SIZE)).thenReturn(List.of());
        assertEquals(0, service.publishDuePosts());
        verify(posts, never()).save(any());
    }
}

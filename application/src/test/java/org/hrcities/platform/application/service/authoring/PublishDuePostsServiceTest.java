package org.hrcities.platform.application.service.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The scheduler's use case, on a mocked post repository answered from {@link StubbedPosts}. */
@ExtendWith(MockitoExtension.class)
class PublishDuePostsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private StubbedPosts store;
    private PublishDuePostsService service;

    @BeforeEach
    void setUp() {
        store = new StubbedPosts(posts);
        service = new PublishDuePostsService(posts, transactions, () -> NOW);
    }

    private Post given(Post post) {
        return store.given(post);
    }

    private static Post copy(Post post, long version) {
        return StubbedPosts.copy(post, version);
    }

    // the scheduler

    @Test
    void publishes_the_due_posts_each_in_its_own_transaction_and_skips_the_ones_changed_meanwhile() {
        Post due = given(PostFixtures.aScheduledPost("due", NOW.minusSeconds(10)));
        Post alsoDue = given(PostFixtures.aScheduledPost("also-due", NOW));
        Post withdrawnMeanwhile = PostFixtures.aScheduledPost("withdrawn", NOW.minusSeconds(20));
        Post conflicting = given(PostFixtures.aScheduledPost("conflicting", NOW.minusSeconds(5)));
        when(posts.findDueScheduled(NOW, PublishDuePostsService.BATCH_SIZE))
                .thenReturn(List.of(withdrawnMeanwhile, due, conflicting, alsoDue));
        Post draftNow = copy(withdrawnMeanwhile, 1);
        draftNow.unpublish(NOW.minusSeconds(1));
        store.stored.put(withdrawnMeanwhile.id(), copy(draftNow, 2));
        doThrow(new ConcurrentUpdateException("post", conflicting.id())).when(posts)
                .save(org.mockito.ArgumentMatchers.argThat(post -> post.id().equals(conflicting.id())));

        int published = service.publishDuePosts();

        assertEquals(2, published);
        assertEquals(PostStatus.PUBLISHED, store.stored.get(due.id()).status());
        assertEquals(PostStatus.PUBLISHED, store.stored.get(alsoDue.id()).status());
        assertEquals(PostStatus.DRAFT, store.stored.get(withdrawnMeanwhile.id()).status(), "no longer scheduled: left alone");
        assertEquals(PostStatus.SCHEDULED, store.stored.get(conflicting.id()).status(), "left for the next call");
        assertEquals(5, transactions.started(), "one to find the due posts, one per post");
        assertTrue(store.saved.stream().noneMatch(post -> post.id().equals(withdrawnMeanwhile.id())));
    }

    @Test
    void publishes_nothing_when_nothing_is_due() {
        when(posts.findDueScheduled(NOW, PublishDuePostsService.BATCH_SIZE)).thenReturn(List.of());
        assertEquals(0, service.publishDuePosts());
        verify(posts, never()).save(any());
    }
}

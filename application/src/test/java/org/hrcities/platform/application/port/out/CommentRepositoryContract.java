package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** What every {@link CommentRepository} must do. */
public abstract class CommentRepositoryContract extends StorageContract {

    private Post storedPost() {
        Post post = PostFixtures.aPublishedPost();
        inTx(() -> storage.posts().save(post));
        return post;
    }

    @Test
    void stores_a_comment_and_finds_it_with_every_field() {
        Post post = storedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, T0);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, T0.plusSeconds(90));
        inTx(() -> {
            storage.comments().save(parent);
            storage.comments().save(reply);
        });

        Comment found = inTx(() -> storage.comments().findById(parent.id())).orElseThrow();
        assertEquals(parent.postId(), found.postId());
        assertEquals(parent.commenter(), found.commenter());
        assertEquals(parent.commenter().email().value(), found.commenter().email().value());
        assertEquals(parent.text(), found.text());
        assertEquals(T0, found.submittedAt());
        assertEquals(ModerationStatus.APPROVED, found.status());
        assertEquals(Optional.empty(), found.parentId());
        assertEquals(1, found.depth());
        assertTrue(found.version() > 0);

        Comment foundReply = inTx(() -> storage.comments().findById(reply.id())).orElseThrow();
        assertEquals(Optional.of(parent.id()), foundReply.parentId());
        assertEquals(2, foundReply.depth());
        assertEquals(Optional.empty(), foundReply.commenter().websiteIfGiven());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(CommentId.generate())));
    }

    @Test
    void lists_only_the_approved_comments_of_the_post_oldest_first() {
        Post post = storedPost();
        Post otherPost = storedPost();
        Comment second = CommentFixtures.anApprovedComment(post, T0.plusSeconds(20));
        Comment first = CommentFixtures.anApprovedComment(post, T0.plusSeconds(10));
        Comment pending = CommentFixtures.aPendingComment(post, T0.plusSeconds(5));
        Comment spam = CommentFixtures.aPendingComment(post, T0.plusSeconds(6));
        spam.markAsSpam();
        Comment trashed = CommentFixtures.anApprovedComment(post, T0.plusSeconds(7));
        trashed.moveToTrash();
        Comment onOtherPost = CommentFixtures.anApprovedComment(otherPost, T0);
        inTx(() -> List.of(second, first, pending, spam, trashed, onOtherPost).forEach(storage.comments()::save));

        assertEquals(List.of(first.id(), second.id()),
                inTx(() -> storage.comments().findApprovedByPost(post.id())).stream().map(Comment::id).toList());
        assertEquals(6, inTx(() -> storage.comments().count()));
    }

    @Test
    void pages_through_the_approved_comments_of_a_post_with_totals() {
        Post post = storedPost();
        List<Comment> approved = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            approved.add(CommentFixtures.anApprovedComment(post, T0.plusSeconds(i)));
        }
        inTx(() -> approved.forEach(storage.comments()::save));

        Page<Comment> second = inTx(() -> storage.comments().findApprovedByPost(post.id(), new PageRequest(2, 5)));
        assertEquals(12, second.totalItems());
        assertEquals(approved.subList(5, 10).stream().map(Comment::id).toList(),
                second.items().stream().map(Comment::id).toList());
    }

    @Test
    void counts_the_approved_comments_per_post_including_posts_without_any() {
        Post busy = storedPost();
        Post quiet = storedPost();
        inTx(() -> {
            storage.comments().save(CommentFixtures.anApprovedComment(busy, T0));
            storage.comments().save(CommentFixtures.anApprovedComment(busy, T0.plusSeconds(1)));
            storage.comments().save(CommentFixtures.aPendingComment(busy, T0.plusSeconds(2)));
            storage.comments().save(CommentFixtures.aPendingComment(quiet, T0));
        });
        Map<PostId, Long> counts = inTx(() -> storage.comments().countApprovedByPost(List.of(busy.id(), quiet.id())));
        assertEquals(Map.of(busy.id(), 2L, quiet.id(), 0L), counts);
        assertEquals(Map.of(), inTx(() -> storage.comments().countApprovedByPost(List.of())));
    }

    @Test
    void stores_a_moderation_decision_and_refuses_a_stale_one() {
        Post post = storedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(comment));
        Comment moderatorA = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        Comment moderatorB = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();

        moderatorA.approve();
        inTx(() -> storage.comments().save(moderatorA));
        moderatorB.markAsSpam();
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().save(moderatorB)));
        assertEquals(ModerationStatus.APPROVED, inTx(() -> storage.comments().findById(comment.id())).orElseThrow().status());
    }

    @Test
    void refuses_a_comment_on_a_post_that_is_not_stored() {
        Post unsaved = PostFixtures.aPublishedPost();
        Comment orphan = CommentFixtures.aPendingComment(unsaved, T0);
        assertThrows(IllegalArgumentException.class, () -> inTx(() -> storage.comments().save(orphan)));
        assertEquals(0, inTx(() -> storage.comments().count()));
    }

    @Test
    void deletes_a_comment_for_good() {
        Post post = storedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(comment));
        Comment stored = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();

        inTx(() -> storage.comments().delete(stored));

        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(comment.id())));
        assertEquals(0, inTx(() -> storage.comments().count()));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().delete(stored)));
    }

    @Test
    void refuses_to_delete_a_comment_that_others_answer_until_the_replies_are_gone() {
        Post post = storedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, T0);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, T0.plusSeconds(1));
        inTx(() -> {
            storage.comments().save(parent);
            storage.comments().save(reply);
        });
        Comment storedParent = inTx(() -> storage.comments().findById(parent.id())).orElseThrow();

        assertThrows(CommentHasRepliesException.class, () -> inTx(() -> storage.comments().delete(storedParent)));
        assertEquals(2, inTx(() -> storage.comments().count()));

        inTx(() -> storage.comments().delete(storage.comments().findById(reply.id()).orElseThrow()));
        inTx(() -> storage.comments().delete(storedParent));
        assertEquals(0, inTx(() -> storage.comments().count()));
    }

    @Test
    void refuses_to_delete_a_stale_copy() {
        Post post = storedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(comment));
        Comment stale = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        Comment fresh = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        fresh.approve();
        inTx(() -> storage.comments().save(fresh));

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().delete(stale)));
        assertEquals(ModerationStatus.APPROVED, inTx(() -> storage.comments().findById(comment.id())).orElseThrow().status());
    }
}

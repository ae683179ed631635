package org.hrcities.platform.application.service.comment;

import static org.hrcities.platform.domain.comment.CommentFixtures.aCommenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.comment.UnknownParentCommentException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.CommentsNotAcceptedException;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CommentSubmissionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    @Mock
    private CommentRepository comments;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private CommentSubmissionService service;

    @BeforeEach
    void setUp() {
        service = new CommentSubmissionService(posts, comments, transactions, () -> NOW);
    }

    @Test
    void stores_the_comment_pending_at_the_time_of_submission_in_one_transaction() {
        Post post = PostFixtures.aPublishedPost();
        when(posts.findBySlug(post.slug())).thenReturn(Optional.of(post));

        SubmittedComment submitted = service.submitComment(command(post.slug(), null));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(submitted.id(), saved.getValue().id());
        assertEquals(ModerationStatus.PENDING, submitted.status());
        assertEquals(NOW, saved.getValue().submittedAt());
        assertEquals(post.id(), saved.getValue().postId());
        assertEquals(1, transactions.started());
    }

    @Test
    void refuses_a_comment_on_an_unknown_post() {
        Slug unknown = new Slug("unknown");
        when(posts.findBySlug(unknown)).thenReturn(Optional.empty());
        assertThrows(PostNotFoundException.class, () -> service.submitComment(command(unknown, null)));
        verify(comments, never()).save(any());
    }

    @Test
    void rejects_comment_on_a_draft_post_as_if_it_did_not_exist() {
        Post draft = PostFixtures.aDraftPost();
        when(posts.findBySlug(draft.slug())).thenReturn(Optional.of(draft));
        assertThrows(PostNotFoundException.class, () -> service.submitComment(command(draft.slug(), null)));
        verify(comments, never()).save(any());
    }

    @Test
    void refuses_a_comment_when_the_post_comments_are_closed() {
        Post closed = PostFixtures.aPublishedPostWithCommentsClosed();
        when(posts.findBySlug(closed.slug())).thenReturn(Optional.of(closed));
        CommentsNotAcceptedException e = assertThrows(CommentsNotAcceptedException.class,
                () -> service.submitComment(command(closed.slug(), null)));
        assertTrue(e.postPublished());
        verify(comments, never()).save(any());
    }

    @Test
    void stores_a_reply_below_its_parent() {
        Post post = PostFixtures.aPublishedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, NOW.minusSeconds(600));
        when(posts.findBySlug(post.slug())).thenReturn(Optional.of(post));
        when(comments.findById(parent.id())).thenReturn(Optional.of(parent));

        service.submitComment(command(post.slug(), parent.id()));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(Optional.of(parent.id()), saved.getValue().parentId());
        assertEquals(2, saved.getValue().depth());
    }

    @Test
    void refuses_a_reply_to_a_comment_of_another_post_as_unknown() {
        Post post = PostFixtures.aPublishedPost();
        Comment elsewhere = CommentFixtures.anApprovedComment(PostFixtures.aPublishedPost(), NOW.minusSeconds(600));
        when(posts.findBySlug(post.slug())).thenReturn(Optional.of(post));
        when(comments.findById(elsewhere.id())).thenReturn(Optional.of(elsewhere));

        UnknownParentCommentException e = assertThrows(UnknownParentCommentException.class,
                () -> service.submitComment(command(post.slug(), elsewhere.id())));
        assertEquals("parentId", e.field());
        verify(comments, never()).save(any());
    }

    private static SubmitCommentCommand command(Slug slug, CommentId parent) {
        return new SubmitCommentCommand(slug, aCommenter(), new CommentText("Thank you for this post."), parent);
    }

    @Test
    void a_comment_that_filled_the_honeypot_goes_to_spam_silently() {
        Post post = PostFixtures.aPublishedPost();
        when(posts.findBySlug(post.slug())).thenReturn(Optional.of(post));

        service.submitComment(new SubmitCommentCommand(post.slug(), aCommenter(), new CommentText("Buy now"), null, true));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(ModerationStatus.SPAM, saved.getValue().status());
    }
}

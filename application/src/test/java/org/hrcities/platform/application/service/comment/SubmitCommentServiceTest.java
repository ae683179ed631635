package org.hrcities.platform.application.service.comment;

import static org.hrcities.platform.domain.comment.CommentFixtures.aCommenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.CommentsNotAcceptedException;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.InvalidReplyException;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SubmitCommentServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    @Mock
    private CommentRepository comments;
    @Mock
    private DiscussionSettingsRepository settings;
    @Mock
    private ModerationLogRepository log;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private final AtomicReference<Instant> clock = new AtomicReference<>(NOW);
    private SubmitCommentService service;

    @BeforeEach
    void setUp() {
        lenient().when(settings.load()).thenReturn(DiscussionSettings.defaults());
        service = new SubmitCommentService(posts, comments, settings, log, new FloodGuard(), transactions, clock::get);
    }

    private static DiscussionSettings approvingKnownCommenters(int closeAfterDays, int floodSeconds) {
        return new DiscussionSettings(true, closeAfterDays, true, 2, List.of(), List.of(), floodSeconds, 2, 3);
    }

    private static SubmitCommentCommand from(Slug slug, String address, String text) {
        return new SubmitCommentCommand(PostFixtures.ENGLISH, slug, aCommenter(), new CommentText(text), null, false, address, Duration.ofSeconds(20));
    }

    private Post publishedPost() {
        Post post = PostFixtures.aPublishedPost("on-arrival", NOW.minus(Duration.ofDays(3)));
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        return post;
    }

    /** The French translation of {@code original} at {@code slug}, published with it. */
    private static Post publishedFrenchTranslation(Post original, String slug) {
        Post translation = original.translate(PostId.generate(), PostFixtures.FRENCH, new Slug(slug),
                new PostContent("Bonne année", "Le réseau vous souhaite une bonne année.", null), "L'équipe",
                NOW.minus(Duration.ofDays(3)));
        translation.publish(NOW.minus(Duration.ofDays(3)));
        return translation;
    }

    private Comment savedComment() {
        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments, org.mockito.Mockito.atLeastOnce()).save(saved.capture());
        return saved.getValue();
    }

    @Test
    void a_comment_on_the_french_translation_is_stored_on_the_french_post() {
        Post english = PostFixtures.aPublishedPost("on-arrival", NOW.minus(Duration.ofDays(3)));
        Post french = publishedFrenchTranslation(english, "a-l-arrivee");
        when(posts.findBySlug(PostFixtures.FRENCH, french.slug())).thenReturn(Optional.of(french));
        when(posts.findBySlug(PostFixtures.ENGLISH, french.slug())).thenReturn(Optional.empty());

        service.submitComment(new SubmitCommentCommand(PostFixtures.FRENCH, french.slug(), aCommenter(),
                new CommentText("Merci !"), null));

        assertEquals(french.id(), savedComment().postId());
        assertThrows(PostNotFoundException.class, () -> service.submitComment(new SubmitCommentCommand(
                PostFixtures.ENGLISH, french.slug(), aCommenter(), new CommentText("Thanks!"), null)),
                "the French slug names no English post");
    }

    @Test
    void the_same_slug_in_two_languages_reaches_the_post_in_the_comments_language() {
        Post english = publishedPost();
        Post french = publishedFrenchTranslation(english, english.slug().value());
        when(posts.findBySlug(PostFixtures.FRENCH, english.slug())).thenReturn(Optional.of(french));

        service.submitComment(from(PostFixtures.FRENCH, english.slug(), "Merci !"));
        assertEquals(french.id(), savedComment().postId());
        clock.set(NOW.plusSeconds(60));
        service.submitComment(from(PostFixtures.ENGLISH, english.slug(), "Thank you!"));
        assertEquals(english.id(), savedComment().postId());
    }

    private static SubmitCommentCommand from(Language language, Slug slug, String text) {
        return new SubmitCommentCommand(language, slug, aCommenter(), new CommentText(text), null, false, "192.0.2.1",
                Duration.ofSeconds(20));
    }

    @Test
    void refuses_a_comment_on_a_post_older_than_the_days_comments_stay_open() {
        Post post = publishedPost();
        when(settings.load()).thenReturn(approvingKnownCommenters(2, 15));
        CommentsNotAcceptedException e = assertThrows(CommentsNotAcceptedException.class,
                () -> service.submitComment(from(post.slug(), "192.0.2.1", "Late")));
        assertTrue(e.postPublished());
        verify(comments, never()).existsDuplicate(any(), any(), any());
        verify(comments, never()).save(any());
    }

    @Test
    void refuses_an_exact_duplicate_and_does_not_count_it_as_a_sent_comment() {
        Post post = publishedPost();
        when(comments.existsDuplicate(eq(post.id()), eq(aCommenter().email()), eq(new CommentText("Same again"))))
                .thenReturn(true);
        assertThrows(DuplicateCommentException.class, () -> service.submitComment(from(post.slug(), "192.0.2.1", "Same again")));
        verify(comments, never()).save(any());
        verify(log, never()).append(any());

        service.submitComment(from(post.slug(), "192.0.2.1", "Something new"));
        verify(comments).save(any());
    }

    @Test
    void refuses_a_second_comment_from_the_same_address_or_email_within_the_flood_interval() {
        Post post = publishedPost();
        service.submitComment(from(post.slug(), "192.0.2.1", "First"));

        clock.set(NOW.plusSeconds(10).plusMillis(500));
        CommentFloodException sameAddress = assertThrows(CommentFloodException.class,
                () -> service.submitComment(from(post.slug(), "192.0.2.1", "Second")));
        assertEquals(Duration.ofSeconds(5), sameAddress.retryAfter(), "4.5 s left, rounded up");
        assertThrows(CommentFloodException.class, () -> service.submitComment(from(post.slug(), "198.51.100.9", "From elsewhere")),
                "the same email from another address");
        assertThrows(CommentFloodException.class, () -> service.submitComment(from(post.slug(), null, "Through the API")));

        clock.set(NOW.plusSeconds(15));
        service.submitComment(from(post.slug(), "192.0.2.1", "After the interval"));
        verify(comments, org.mockito.Mockito.times(2)).save(any());
    }

    @Test
    void a_comment_that_fails_to_be_stored_does_not_count_against_its_sender() {
        Post post = publishedPost();
        doThrow(new IllegalStateException("disk full")).when(comments).save(any());
        assertThrows(IllegalStateException.class, () -> service.submitComment(from(post.slug(), "192.0.2.1", "First")));

        org.mockito.Mockito.reset(comments);
        SubmittedComment retried = service.submitComment(from(post.slug(), "192.0.2.1", "First"));
        assertEquals(ModerationStatus.PENDING, retried.status());
    }

    @Test
    void approves_a_known_commenter_and_logs_the_arrival_under_the_rule() {
        Post post = publishedPost();
        when(settings.load()).thenReturn(approvingKnownCommenters(0, 15));
        when(comments.hasApprovedComment(aCommenter().name(), aCommenter().email())).thenReturn(true);

        SubmittedComment submitted = service.submitComment(from(post.slug(), "192.0.2.1", "Me again"));

        assertEquals(ModerationStatus.APPROVED, submitted.status());
        assertTrue(submitted.isPublished());
        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(Optional.of("192.0.2.1"), saved.getValue().senderAddress());
        ArgumentCaptor<ModerationRecord> logged = ArgumentCaptor.forClass(ModerationRecord.class);
        verify(log).append(logged.capture());
        ModerationRecord arrival = logged.getValue();
        assertEquals(submitted.id(), arrival.commentId());
        assertEquals(post.id(), arrival.postId());
        assertEquals(Actor.rule("known-commenter"), arrival.actor());
        assertEquals(ModerationAction.RECEIVED, arrival.action());
        assertNull(arrival.fromStatus());
        assertEquals(ModerationStatus.APPROVED, arrival.toStatus());
        assertEquals(NOW, arrival.at());
        assertEquals(1, transactions.started());
    }

    @Test
    void a_form_sent_too_fast_is_spam_that_its_sender_sees_as_pending() {
        Post post = publishedPost();
        SubmittedComment submitted = service.submitComment(new SubmitCommentCommand(post.language(), post.slug(), aCommenter(),
                new CommentText("Fast"), null, false, "192.0.2.1", Duration.ofMillis(300)));
        assertEquals(ModerationStatus.SPAM, submitted.status());
        assertEquals(ModerationStatus.PENDING, submitted.statusForSender());
        assertFalse(submitted.isPublished());
        verify(comments, never()).hasApprovedComment(any(), any());
    }

    @Test
    void stores_the_comment_pending_at_the_time_of_submission_in_one_transaction() {
        Post post = PostFixtures.aPublishedPost();
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));

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
        when(posts.findBySlug(PostFixtures.ENGLISH, unknown)).thenReturn(Optional.empty());
        assertThrows(PostNotFoundException.class, () -> service.submitComment(command(unknown, null)));
        verify(comments, never()).save(any());
    }

    @Test
    void rejects_comment_on_a_draft_post_as_if_it_did_not_exist() {
        Post draft = PostFixtures.aDraftPost();
        when(posts.findBySlug(PostFixtures.ENGLISH, draft.slug())).thenReturn(Optional.of(draft));
        assertThrows(PostNotFoundException.class, () -> service.submitComment(command(draft.slug(), null)));
        verify(comments, never()).save(any());
    }

    @Test
    void refuses_a_comment_when_the_post_comments_are_closed() {
        Post closed = PostFixtures.aPublishedPostWithCommentsClosed();
        when(posts.findBySlug(PostFixtures.ENGLISH, closed.slug())).thenReturn(Optional.of(closed));
        CommentsNotAcceptedException e = assertThrows(CommentsNotAcceptedException.class,
                () -> service.submitComment(command(closed.slug(), null)));
        assertTrue(e.postPublished());
        verify(comments, never()).save(any());
    }

    @Test
    void stores_a_reply_below_its_parent() {
        Post post = PostFixtures.aPublishedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, NOW.minusSeconds(600));
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        when(comments.findById(parent.id())).thenReturn(Optional.of(parent));

        service.submitComment(command(post.slug(), parent.id()));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(Optional.of(parent.id()), saved.getValue().parentId());
        assertEquals(2, saved.getValue().depth());
    }

    @Test
    void refuses_a_reply_to_a_comment_of_another_post() {
        Post post = PostFixtures.aPublishedPost();
        Comment elsewhere = CommentFixtures.anApprovedComment(PostFixtures.aPublishedPost(), NOW.minusSeconds(600));
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        when(comments.findById(elsewhere.id())).thenReturn(Optional.of(elsewhere));

        InvalidReplyException e = assertThrows(InvalidReplyException.class,
                () -> service.submitComment(command(post.slug(), elsewhere.id())));
        assertEquals("parentId", e.field());
        assertEquals("parentId does not name a comment on this post", e.getMessage());
        verify(comments, never()).save(any());
    }

    private static SubmitCommentCommand command(Slug slug, CommentId parent) {
        return new SubmitCommentCommand(PostFixtures.ENGLISH, slug, aCommenter(), new CommentText("Thank you for this post."), parent);
    }

    @Test
    void a_comment_that_filled_the_honeypot_goes_to_spam_silently() {
        Post post = PostFixtures.aPublishedPost();
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));

        service.submitComment(new SubmitCommentCommand(post.language(), post.slug(), aCommenter(), new CommentText("Buy now"), null, true));

        ArgumentCaptor<Comment> saved = ArgumentCaptor.forClass(Comment.class);
        verify(comments).save(saved.capture());
        assertEquals(ModerationStatus.SPAM, saved.getValue().status());
    }
}

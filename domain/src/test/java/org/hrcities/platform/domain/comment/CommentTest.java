package org.hrcities.platform.domain.comment;

import static org.hrcities.platform.domain.comment.CommentFixtures.aCommenter;
import static org.hrcities.platform.domain.comment.CommentFixtures.aPendingComment;
import static org.hrcities.platform.domain.comment.CommentFixtures.anApprovedComment;
import static org.hrcities.platform.domain.comment.CommentFixtures.anApprovedReply;
import static org.hrcities.platform.domain.post.PostFixtures.aDraftPost;
import static org.hrcities.platform.domain.post.PostFixtures.aPublishedPost;
import static org.hrcities.platform.domain.post.PostFixtures.aPublishedPostWithCommentsClosed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.post.Post;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Instant AT = Instant.parse("2021-01-05T10:00:00Z");

    @Test
    void a_new_comment_waits_for_moderation() {
        Post post = aPublishedPost();
        Comment comment = aPendingComment(post, AT);
        assertEquals(ModerationStatus.PENDING, comment.status());
        assertFalse(comment.isPublic());
        assertEquals(post.id(), comment.postId());
        assertEquals(1, comment.depth());
        assertEquals(Optional.empty(), comment.parentId());
        assertEquals(AT, comment.submittedAt());
    }

    @Test
    void rejects_comment_on_a_draft_post() {
        Post draft = aDraftPost();
        CommentsNotAcceptedException e = assertThrows(CommentsNotAcceptedException.class, () -> aPendingComment(draft, AT));
        assertFalse(e.postPublished());
    }

    @Test
    void rejects_comment_on_a_post_whose_comments_are_closed() {
        Post closed = aPublishedPostWithCommentsClosed();
        CommentsNotAcceptedException e = assertThrows(CommentsNotAcceptedException.class, () -> aPendingComment(closed, AT));
        assertTrue(e.postPublished());
    }

    @Test
    void a_reply_sits_one_level_below_its_parent() {
        Post post = aPublishedPost();
        Comment parent = anApprovedComment(post, AT);
        Comment reply = anApprovedReply(post, parent, AT.plusSeconds(60));
        assertEquals(Optional.of(parent.id()), reply.parentId());
        assertEquals(2, reply.depth());
    }

    @Test
    void a_reply_must_answer_a_public_comment_of_the_same_post() {
        Post post = aPublishedPost();
        Comment pending = aPendingComment(post, AT);
        assertThrows(InvalidReplyException.class, () -> reply(post, pending));

        Comment onOtherPost = anApprovedComment(aPublishedPost(), AT);
        InvalidReplyException e = assertThrows(InvalidReplyException.class, () -> reply(post, onOtherPost));
        assertEquals("parentId", e.field());
    }

    @Test
    void threads_stop_at_the_maximum_depth() {
        Post post = aPublishedPost();
        Comment deepest = anApprovedComment(post, AT);
        for (int depth = 2; depth <= Comment.MAX_DEPTH; depth++) {
            deepest = anApprovedReply(post, deepest, AT.plusSeconds(depth));
        }
        assertEquals(Comment.MAX_DEPTH, deepest.depth());
        Comment tooDeepParent = deepest;
        assertThrows(InvalidReplyException.class, () -> reply(post, tooDeepParent));
    }

    @Test
    void moderation_moves_the_comment_between_states() {
        Comment comment = aPendingComment(aPublishedPost(), AT);
        comment.approve();
        assertTrue(comment.isPublic());
        comment.markAsSpam();
        assertEquals(ModerationStatus.SPAM, comment.status());
        comment.moveToTrash();
        assertEquals(ModerationStatus.TRASH, comment.status());
        comment.restore();
        assertEquals(ModerationStatus.PENDING, comment.status());
    }

    @Test
    void commenter_and_email_never_print_the_address() {
        assertFalse(aCommenter().toString().contains("@"));
        assertFalse(aCommenter().email().toString().contains("example"));
    }

    private static Comment reply(Post post, Comment parent) {
        return Comment.submit(post, CommentId.generate(), aCommenter(), new CommentText("Reply"), parent, AT.plusSeconds(3600));
    }
}

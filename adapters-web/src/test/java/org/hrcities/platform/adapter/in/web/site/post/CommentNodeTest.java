package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.Test;

class CommentNodeTest {

    private static final Instant T = Instant.parse("2021-01-05T10:00:00Z");

    @Test
    void nests_replies_under_their_parents_oldest_first() {
        Post post = PostFixtures.aPublishedPost();
        Comment first = CommentFixtures.anApprovedComment(post, T);
        Comment second = CommentFixtures.anApprovedComment(post, T.plusSeconds(10));
        Comment reply = CommentFixtures.anApprovedReply(post, first, T.plusSeconds(20));
        Comment replyToReply = CommentFixtures.anApprovedReply(post, reply, T.plusSeconds(30));

        List<CommentNode> threads = CommentNode.threads(List.of(replyToReply, second, reply, first));

        assertEquals(List.of(first.id().toString(), second.id().toString()), threads.stream().map(CommentNode::id).toList());
        assertEquals(reply.id().toString(), threads.get(0).replies().get(0).id());
        assertEquals(replyToReply.id().toString(), threads.get(0).replies().get(0).replies().get(0).id());
        assertEquals("Amira Haddad", threads.get(0).author());
        assertEquals("https://amira.example.org", threads.get(0).website());
    }

    @Test
    void a_reply_whose_parent_is_not_public_stands_on_its_own() {
        Post post = PostFixtures.aPublishedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, T);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, T.plusSeconds(20));

        List<CommentNode> threads = CommentNode.threads(List.of(reply));

        assertEquals(List.of(reply.id().toString()), threads.stream().map(CommentNode::id).toList());
    }

    @Test
    void the_deepest_comments_cannot_be_answered() {
        Post post = PostFixtures.aPublishedPost();
        Comment deepest = CommentFixtures.anApprovedComment(post, T);
        for (int depth = 2; depth <= Comment.MAX_DEPTH; depth++) {
            deepest = CommentFixtures.anApprovedReply(post, deepest, T.plusSeconds(depth));
        }
        CommentNode node = CommentNode.threads(List.of(deepest)).get(0);
        assertEquals(false, node.replyable());
    }
}

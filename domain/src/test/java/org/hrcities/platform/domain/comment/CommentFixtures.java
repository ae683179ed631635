package org.hrcities.platform.domain.comment;

import java.time.Instant;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Comments and commenters for tests. */
public final class CommentFixtures {

    private CommentFixtures() {
    }

    public static Commenter aCommenter() {
        return new Commenter("Amira Haddad", EmailAddress.parse("amira@example.org"), new WebsiteUrl("https://amira.example.org"));
    }

    public static Commenter aCommenterWithoutWebsite() {
        return new Commenter("Jonas Berg", EmailAddress.parse("jonas@example.net"), null);
    }

    public static Comment aPendingComment(Post post) {
        return aPendingComment(post, Instant.parse("2021-01-05T10:00:00Z"));
    }

    public static Comment aPendingComment(Post post, Instant at) {
        return Comment.submit(post, CommentId.generate(), aCommenter(), new CommentText("Happy New Year from Lund!"), null, at);
    }

    public static Comment anApprovedComment(Post post, Instant at) {
        Comment comment = aPendingComment(post, at);
        comment.approve();
        return comment;
    }

    public static Comment anApprovedReply(Post post, Comment parent, Instant at) {
        Comment reply = Comment.submit(post, CommentId.generate(), aCommenterWithoutWebsite(),
                new CommentText("Thank you, and to you!"), parent, at);
        reply.approve();
        return reply;
    }
}

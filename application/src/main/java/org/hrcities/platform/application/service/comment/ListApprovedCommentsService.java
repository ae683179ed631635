package org.hrcities.platform.application.service.comment;

import java.util.Objects;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsQuery;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsUseCase;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Page;

/** Reads the public comments of published posts: each translation of a post has its own. */
public class ListApprovedCommentsService implements ListApprovedCommentsUseCase {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final TransactionPort transactions;

    public ListApprovedCommentsService(PostRepository posts, CommentRepository comments, TransactionPort transactions) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Page<Comment> listApprovedComments(ListApprovedCommentsQuery query) {
        return transactions.inTransaction(() -> {
            Post post = posts.findBySlug(query.language(), query.postSlug())
                    .filter(Post::isPublished)
                    .orElseThrow(() -> new PostNotFoundException(query.postSlug()));
            return comments.findApprovedByPost(post.id(), query.page());
        });
    }
}

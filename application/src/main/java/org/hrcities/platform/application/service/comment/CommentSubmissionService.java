package org.hrcities.platform.application.service.comment;

import java.util.Objects;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.comment.UnknownParentCommentException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.post.Post;

/**
 * Takes visitors' comments and holds them for moderation. A comment that filled the form's honeypot
 * goes straight to spam, and the sender is told nothing different.
 */
public class CommentSubmissionService implements SubmitCommentUseCase {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public CommentSubmissionService(PostRepository posts, CommentRepository comments, TransactionPort transactions,
                                    ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SubmittedComment submitComment(SubmitCommentCommand command) {
        return transactions.inTransaction(() -> {
            Post post = posts.findBySlug(command.postSlug())
                    .filter(Post::isPublished)
                    .orElseThrow(() -> new PostNotFoundException(command.postSlug()));
            Comment parent = command.parentId() == null ? null : comments.findById(command.parentId())
                    .filter(candidate -> candidate.postId().equals(post.id()))
                    .orElseThrow(UnknownParentCommentException::new);
            Comment comment = Comment.submit(post, CommentId.generate(), command.commenter(), command.text(), parent,
                    clock.now());
            if (command.honeypotFilled()) {
                comment.markAsSpam();
            }
            comments.save(comment);
            return new SubmittedComment(comment.id(), comment.status());
        });
    }
}

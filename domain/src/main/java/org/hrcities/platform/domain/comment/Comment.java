package org.hrcities.platform.domain.comment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;

/**
 * A reader's comment on a post, possibly a reply to another comment. Every comment starts
 * {@link ModerationStatus#PENDING}; moderators then approve it, mark it as spam or throw it away.
 */
public final class Comment {

    /** Threads go at most this deep: a top-level comment has depth 1 (as WordPress's default). */
    public static final int MAX_DEPTH = 5;

    private final CommentId id;
    private final PostId postId;
    private final CommentId parentId;
    private final int depth;
    private final Commenter commenter;
    private final CommentText text;
    private final Instant submittedAt;
    private ModerationStatus status;
    private final long version;

    private Comment(CommentId id, PostId postId, CommentId parentId, int depth, Commenter commenter,
                    CommentText text, Instant submittedAt, ModerationStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.postId = Objects.requireNonNull(postId, "postId");
        this.parentId = parentId;
        this.commenter = Objects.requireNonNull(commenter, "commenter");
        this.text = Objects.requireNonNull(text, "text");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must lie between 1 and " + MAX_DEPTH);
        }
        if ((parentId == null) != (depth == 1)) {
            throw new IllegalArgumentException("exactly the top-level comments have depth 1");
        }
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("a comment cannot answer itself");
        }
        this.depth = depth;
    }

    /**
     * A reader submits a comment on a post, or a reply to one of its public comments when
     * {@code parentOrNull} is given. The comment waits for moderation.
     *
     * @throws CommentsNotAcceptedException if the post is not published or its comments are closed
     * @throws InvalidReplyException if the parent belongs to another post, is not public, or the
     *         thread is already as deep as threads may go
     */
    public static Comment submit(Post post, CommentId id, Commenter commenter, CommentText text,
                                 Comment parentOrNull, Instant at) {
        if (!post.acceptsComments()) {
            throw new CommentsNotAcceptedException(post.isPublished());
        }
        int depth = 1;
        CommentId parentId = null;
        if (parentOrNull != null) {
            if (!parentOrNull.postId.equals(post.id())) {
                throw new InvalidReplyException("a reply must answer a comment on the same post");
            }
            if (parentOrNull.status != ModerationStatus.APPROVED) {
                throw new InvalidReplyException("a reply can only answer a published comment");
            }
            if (parentOrNull.depth >= MAX_DEPTH) {
                throw new InvalidReplyException("this thread is " + MAX_DEPTH + " replies deep; answer an earlier comment");
            }
            depth = parentOrNull.depth + 1;
            parentId = parentOrNull.id;
        }
        return new Comment(id, post.id(), parentId, depth, commenter, text, at, ModerationStatus.PENDING, 0);
    }

    /** Rebuilds a stored comment exactly as it was saved; used by storage adapters. */
    public static Comment reconstitute(CommentId id, PostId postId, CommentId parentId, int depth, Commenter commenter,
                                       CommentText text, Instant submittedAt, ModerationStatus status, long version) {
        return new Comment(id, postId, parentId, depth, commenter, text, submittedAt, status, version);
    }

    /** Makes the comment public. */
    public void approve() {
        status = ModerationStatus.APPROVED;
    }

    /** Takes the comment out of public view and back into the moderation queue. */
    public void hold() {
        status = ModerationStatus.PENDING;
    }

    public void markAsSpam() {
        status = ModerationStatus.SPAM;
    }

    public void moveToTrash() {
        status = ModerationStatus.TRASH;
    }

    public boolean isPublic() {
        return status == ModerationStatus.APPROVED;
    }

    public CommentId id() {
        return id;
    }

    public PostId postId() {
        return postId;
    }

    /** The comment this one answers; empty for a top-level comment. */
    public Optional<CommentId> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** 1 for a top-level comment, 2 for a reply to it, and so on up to {@link #MAX_DEPTH}. */
    public int depth() {
        return depth;
    }

    public Commenter commenter() {
        return commenter;
    }

    public CommentText text() {
        return text;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ModerationStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Comment comment && comment.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Comment[" + id + " on " + postId + ", " + status + "]";
    }
}

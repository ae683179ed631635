package org.hrcities.platform.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * Stores comments. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface CommentRepository {

    /**
     * Stores a new comment (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored comment is no longer at
     *         {@code comment.version()}, or a new comment's id is already in use
     * @throws IllegalArgumentException if the post or the parent comment is not stored
     */
    void save(Comment comment);

    /**
     * Removes the comment for good.
     *
     * @throws ConcurrentUpdateException if the stored comment is gone or no longer at {@code comment.version()}
     * @throws org.hrcities.platform.domain.comment.CommentHasRepliesException if stored comments answer it
     */
    void delete(Comment comment);

    Optional<Comment> findById(CommentId id);

    /** All approved comments of a post, oldest first (ties broken by id). */
    List<Comment> findApprovedByPost(PostId post);

    /** A page of the approved comments of a post, oldest first (ties broken by id). */
    Page<Comment> findApprovedByPost(PostId post, PageRequest page);

    /** How many approved comments each post has; posts without any map to 0. */
    Map<PostId, Long> countApprovedByPost(Collection<PostId> posts);

    /** Number of comments in any status. */
    long count();

    /** A page of the comments the filter selects, newest first (ties broken by id, descending). */
    Page<Comment> findForModeration(CommentFilter filter, PageRequest page);

    /** How many comments each status holds; statuses without any map to 0. */
    Map<ModerationStatus, Long> countByStatus();

    /**
     * Whether the post has a comment (in any status) from the email address (ignoring case) with
     * exactly this text.
     */
    boolean existsDuplicate(PostId post, EmailAddress email, CommentText text);

    /**
     * Whether an approved comment has this commenter's name and email address, both compared
     * ignoring case ({@link String#equalsIgnoreCase} for the name, lower-case in {@link java.util.Locale#ROOT}
     * for the address).
     */
    boolean hasApprovedComment(String name, EmailAddress email);

    /**
     * Every comment (in any status) whose email address is {@code email}, compared lower-case in
     * {@link java.util.Locale#ROOT}, oldest first (ties broken by id). Anonymised comments have none and never match.
     */
    List<Comment> findByEmail(EmailAddress email);

    /** Whether stored comments answer the comment. */
    boolean hasReplies(CommentId id);

    /**
     * Forgets the sender's network address and user agent of up to {@code limit} comments submitted
     * before {@code before} that still hold either, the oldest first, and answers how many. Each changed
     * comment moves to its next version, so that a moderator's save based on an earlier reading fails
     * rather than writing the address back.
     */
    int forgetSenderDataBefore(java.time.Instant before, int limit);
}

package org.hrcities.platform.domain.comment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * A reader's comment on a post, possibly a reply to another comment. Every comment starts
 * {@link ModerationStatus#PENDING}; the rules on arrival ({@link #receive}) and then moderators move
 * it between statuses, each move allowed only from the statuses listed with it:
 * <ul>
 *   <li>{@link #approve()}: pending or spam → approved</li>
 *   <li>{@link #hold()}: approved → pending</li>
 *   <li>{@link #markAsSpam()}: pending, approved or trash → spam</li>
 *   <li>{@link #moveToTrash()}: pending, approved or spam → trash</li>
 *   <li>{@link #restore()}: trash or spam → pending</li>
 *   <li>deleting for good ({@link #recordDeletion}): only from trash or spam</li>
 * </ul>
 */
public final class Comment {

    /** Threads go at most this deep: a top-level comment has depth 1 (as WordPress's default). */
    public static final int MAX_DEPTH = 5;
    /** As WordPress's {@code comment_author_IP}: 100 characters. */
    public static final int MAX_SENDER_ADDRESS_LENGTH = 100;
    /** A sender's user agent is kept up to this many characters (WordPress keeps 254); the rest is cut. */
    public static final int MAX_USER_AGENT_LENGTH = 500;
    /** The name an erased comment is shown with. */
    public static final String ANONYMOUS = "Anonymous";
    /** The text that replaces an erased comment's when it stays in its thread only for its replies. */
    public static final String ERASED_TEXT = "This comment was removed at its author's request.";

    private final CommentId id;
    private final PostId postId;
    private final CommentId parentId;
    private final int depth;
    private Commenter commenter;
    private CommentText text;
    private final Instant submittedAt;
    private String senderAddress;
    private String userAgent;
    private ModerationStatus status;
    private final long version;

    private Comment(CommentId id, PostId postId, CommentId parentId, int depth, Commenter commenter,
                    CommentText text, Instant submittedAt, String senderAddress, String userAgent,
                    ModerationStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.postId = Objects.requireNonNull(postId, "postId");
        this.parentId = parentId;
        this.commenter = Objects.requireNonNull(commenter, "commenter");
        this.text = Objects.requireNonNull(text, "text");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.senderAddress = validSenderAddress(senderAddress);
        this.userAgent = validUserAgent(userAgent);
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
        return submit(post, id, commenter, text, parentOrNull, null, at);
    }

    /**
     * As {@link #submit(Post, CommentId, Commenter, CommentText, Comment, Instant)}, keeping the
     * network address the comment came from ({@code senderAddressOrNull}), which is never public.
     */
    public static Comment submit(Post post, CommentId id, Commenter commenter, CommentText text,
                                 Comment parentOrNull, String senderAddressOrNull, Instant at) {
        return submit(post, id, commenter, text, parentOrNull, senderAddressOrNull, null, at);
    }

    /**
     * As {@link #submit(Post, CommentId, Commenter, CommentText, Comment, String, Instant)}, keeping
     * also the sender's user agent ({@code userAgentOrNull}, cut to {@link #MAX_USER_AGENT_LENGTH}), never public.
     *
     * @throws IllegalArgumentException if the commenter has no email address (only erased comments lack one)
     */
    public static Comment submit(Post post, CommentId id, Commenter commenter, CommentText text,
                                 Comment parentOrNull, String senderAddressOrNull, String userAgentOrNull, Instant at) {
        if (commenter.email() == null) {
            throw new IllegalArgumentException("a reader's comment comes with an email address");
        }
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
        return new Comment(id, post.id(), parentId, depth, commenter, text, at, senderAddressOrNull,
                userAgentOrNull, ModerationStatus.PENDING, 0);
    }

    /**
     * A comment brought in from another platform with the post it belongs to: written when it was
     * written there, in the moderation status it had there, in reply to {@code parentOrNull} (a
     * comment on the same post, in any status, whose thread is not yet as deep as threads may go).
     * Unlike a reader's comment, it may belong to a post that no longer takes comments.
     *
     * @throws InvalidReplyException if the parent belongs to another post or its thread is full
     */
    public static Comment migrated(PostId postId, CommentId id, Commenter commenter, CommentText text,
                                   Comment parentOrNull, String senderAddressOrNull, ModerationStatus status,
                                   Instant submittedAt) {
        int depth = 1;
        CommentId parentId = null;
        if (parentOrNull != null) {
            if (!parentOrNull.postId.equals(postId)) {
                throw new InvalidReplyException("a reply must answer a comment on the same post");
            }
            if (parentOrNull.depth >= MAX_DEPTH) {
                throw new InvalidReplyException("this thread is " + MAX_DEPTH + " replies deep; answer an earlier comment");
            }
            depth = parentOrNull.depth + 1;
            parentId = parentOrNull.id;
        }
        return new Comment(id, postId, parentId, depth, commenter, text, submittedAt, senderAddressOrNull, null, status, 0);
    }

    /** Rebuilds a stored comment exactly as it was saved; used by storage adapters. */
    public static Comment reconstitute(CommentId id, PostId postId, CommentId parentId, int depth, Commenter commenter,
                                       CommentText text, Instant submittedAt, String senderAddress,
                                       ModerationStatus status, long version) {
        return new Comment(id, postId, parentId, depth, commenter, text, submittedAt, senderAddress, null, status, version);
    }

    /** Rebuilds a stored comment exactly as it was saved, with its sender's user agent; used by storage adapters. */
    public static Comment reconstitute(CommentId id, PostId postId, CommentId parentId, int depth, Commenter commenter,
                                       CommentText text, Instant submittedAt, String senderAddress, String userAgent,
                                       ModerationStatus status, long version) {
        return new Comment(id, postId, parentId, depth, commenter, text, submittedAt, senderAddress, userAgent, status,
                version);
    }

    /**
     * A user agent as a request header brought it: null when absent or blank; otherwise one line
     * (control characters become spaces), stripped, cut to {@link #MAX_USER_AGENT_LENGTH} characters.
     * Never refuses: a long or odd header is the sender's business, not an error.
     */
    public static String validUserAgent(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(Math.min(userAgent.length(), MAX_USER_AGENT_LENGTH));
        for (int i = 0; i < userAgent.length() && line.length() < MAX_USER_AGENT_LENGTH; i++) {
            char c = userAgent.charAt(i);
            line.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c);
        }
        if (line.length() > 0 && Character.isHighSurrogate(line.charAt(line.length() - 1))) {
            line.setLength(line.length() - 1);
        }
        String kept = line.toString().strip();
        return kept.isEmpty() ? null : kept;
    }
    /** Checks a sender's address: null, or one line of at most {@link #MAX_SENDER_ADDRESS_LENGTH} characters without spaces. */
    public static String validSenderAddress(String address) {
        if (address == null) {
            return null;
        }
        if (address.isEmpty() || address.length() > MAX_SENDER_ADDRESS_LENGTH
                || address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidValueException("senderAddress", "a sender's address is up to "
                    + MAX_SENDER_ADDRESS_LENGTH + " characters without spaces");
        }
        return address;
    }

    /**
     * Applies what the rules on arrival decided to this new comment and answers the log entry of its arrival.
     *
     * @throws IllegalStateException if the comment was moderated or stored already
     */
    public ModerationRecord receive(ModerationDecision decision, Instant at) {
        if (status != ModerationStatus.PENDING || version != 0) {
            throw new IllegalStateException("only a new comment arrives");
        }
        switch (decision.status()) {
            case APPROVED -> approve();
            case SPAM -> markAsSpam();
            default -> {
            }
        }
        return new ModerationRecord(UUID.randomUUID(), id, postId, at, Actor.rule(decision.rule()),
                ModerationAction.RECEIVED, null, status, decision.reason());
    }

    /**
     * A moderator's action other than deletion: changes the status and answers the log entry.
     *
     * @throws ModerationNotAllowedException if the action does not apply to the comment's status
     * @throws IllegalArgumentException for {@link ModerationAction#RECEIVED} and {@link ModerationAction#DELETE}
     */
    public ModerationRecord moderate(ModerationAction action, Actor by, Instant at, String reason) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        String checkedReason = ModerationRecord.optionalReason(reason);
        ModerationStatus before = status;
        switch (action) {
            case APPROVE -> approve();
            case HOLD -> hold();
            case SPAM -> markAsSpam();
            case TRASH -> moveToTrash();
            case RESTORE -> restore();
            default -> throw new IllegalArgumentException(action + " is not a change of status");
        }
        return new ModerationRecord(UUID.randomUUID(), id, postId, at, by, action, before, status, checkedReason);
    }

    /**
     * Checks that the comment may be deleted for good (it is in trash or spam) and answers the log
     * entry of its deletion; the caller then deletes it from storage.
     *
     * @throws ModerationNotAllowedException unless the comment is in trash or spam
     */
    public ModerationRecord recordDeletion(Actor by, Instant at, String reason) {
        requireStatus(ModerationAction.DELETE, EnumSet.of(ModerationStatus.TRASH, ModerationStatus.SPAM));
        return new ModerationRecord(UUID.randomUUID(), id, postId, at, by, ModerationAction.DELETE, status, null, reason);
    }

    /**
     * Erases what the comment says of its author, at the author's request: the name becomes
     * {@link #ANONYMOUS}; the email address, website, sender's address and user agent are removed.
     * The comment keeps its place, status and text (see {@link #replaceTextAfterErasure()}).
     */
    public void anonymise() {
        commenter = Commenter.anonymous();
        senderAddress = null;
        userAgent = null;
    }

    /** Replaces the text of an erased comment that stays only to hold its thread together. */
    public void replaceTextAfterErasure() {
        if (!isAnonymised()) {
            throw new IllegalStateException("only an anonymised comment loses its text this way");
        }
        text = new CommentText(ERASED_TEXT);
    }

    /** Whether the comment was anonymised: it no longer names an email address. */
    public boolean isAnonymised() {
        return commenter.email() == null;
    }

    /** Forgets the sender's network address and user agent, as the retention period requires. */
    public void forgetSenderData() {
        senderAddress = null;
        userAgent = null;
    }

    /** Makes a pending comment or one marked as spam public. */
    public void approve() {
        move(ModerationAction.APPROVE, ModerationStatus.APPROVED, EnumSet.of(ModerationStatus.PENDING, ModerationStatus.SPAM));
    }

    /** Takes a public comment out of public view and back into the moderation queue. */
    public void hold() {
        move(ModerationAction.HOLD, ModerationStatus.PENDING, EnumSet.of(ModerationStatus.APPROVED));
    }

    public void markAsSpam() {
        move(ModerationAction.SPAM, ModerationStatus.SPAM,
                EnumSet.of(ModerationStatus.PENDING, ModerationStatus.APPROVED, ModerationStatus.TRASH));
    }

    public void moveToTrash() {
        move(ModerationAction.TRASH, ModerationStatus.TRASH,
                EnumSet.of(ModerationStatus.PENDING, ModerationStatus.APPROVED, ModerationStatus.SPAM));
    }

    /** Brings a trashed comment, or one marked as spam by mistake, back into the moderation queue. */
    public void restore() {
        move(ModerationAction.RESTORE, ModerationStatus.PENDING, EnumSet.of(ModerationStatus.TRASH, ModerationStatus.SPAM));
    }

    private void move(ModerationAction action, ModerationStatus to, Set<ModerationStatus> from) {
        requireStatus(action, from);
        status = to;
    }

    private void requireStatus(ModerationAction action, Set<ModerationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new ModerationNotAllowedException(action, status);
        }
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

    /** The network address the comment came from, for moderators only; empty when unknown. */
    public Optional<String> senderAddress() {
        return Optional.ofNullable(senderAddress);
    }

    /** The sender's user agent, one line of at most {@link #MAX_USER_AGENT_LENGTH} characters, for moderators only. */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
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

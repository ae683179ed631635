package org.hrcities.platform.application.port.in.comment;

import java.time.Duration;
import java.util.Objects;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A comment as a visitor submits it on the post at {@code postSlug} among the posts in {@code language}
 * (each translation of a post has comments of its own). Built from validated values, so a command that
 * exists is well-formed; {@code parentId} is null for a top-level comment. {@code honeypotFilled} says that a
 * form field hidden from people was filled in, as only bots do. {@code senderAddress} is the network
 * address the comment came from (null when unknown; kept for moderators, never shown);
 * {@code fillTime} is how long after the form was served it was sent (null for API clients);
 * {@code notifyMe} says that the commenter asked to be told by email when the comment is published or
 * someone replies to it; {@code userAgent} is the sender's {@code User-Agent} header as
 * {@link Comment#validUserAgent} keeps it (null when absent; kept for moderators, never shown).
 */
public record SubmitCommentCommand(Language language, Slug postSlug, Commenter commenter, CommentText text,
                                   CommentId parentId, boolean honeypotFilled, String senderAddress, Duration fillTime, boolean notifyMe,
                                   String userAgent) {

    public SubmitCommentCommand {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(postSlug, "postSlug");
        Objects.requireNonNull(commenter, "commenter");
        Objects.requireNonNull(text, "text");
        if (commenter.email() == null) {
            throw new IllegalArgumentException("a reader's comment comes with an email address");
        }
        senderAddress = Comment.validSenderAddress(senderAddress);
        userAgent = Comment.validUserAgent(userAgent);
    }

    /** The same comment, sent with the {@code User-Agent} header {@code header} (null when absent). */
    public SubmitCommentCommand withUserAgent(String header) {
        return new SubmitCommentCommand(language, postSlug, commenter, text, parentId, honeypotFilled, senderAddress,
                fillTime, notifyMe, header);
    }

    /** A comment whose sender's user agent is unknown. */
    public SubmitCommentCommand(Language language, Slug postSlug, Commenter commenter, CommentText text,
                                CommentId parentId, boolean honeypotFilled, String senderAddress, Duration fillTime, boolean notifyMe) {
        this(language, postSlug, commenter, text, parentId, honeypotFilled, senderAddress, fillTime, notifyMe, null);
    }

    /** The same comment, its commenter asking for news of it by email or not. */
    public SubmitCommentCommand withNotifyMe(boolean wanted) {
        return new SubmitCommentCommand(language, postSlug, commenter, text, parentId, honeypotFilled, senderAddress,
                fillTime, wanted, userAgent);
    }

    /** A comment whose commenter asked for no news of it by email. */
    public SubmitCommentCommand(Language language, Slug postSlug, Commenter commenter, CommentText text,
                                CommentId parentId, boolean honeypotFilled, String senderAddress, Duration fillTime) {
        this(language, postSlug, commenter, text, parentId, honeypotFilled, senderAddress, fillTime, false);
    }

    /** A comment from a sender whose address and form timing are unknown. */
    public SubmitCommentCommand(Language language, Slug postSlug, Commenter commenter, CommentText text,
                                CommentId parentId, boolean honeypotFilled) {
        this(language, postSlug, commenter, text, parentId, honeypotFilled, null, null);
    }

    /** A comment typed by a person, with nothing that betrays a bot. */
    public SubmitCommentCommand(Language language, Slug postSlug, Commenter commenter, CommentText text,
                                CommentId parentId) {
        this(language, postSlug, commenter, text, parentId, false);
    }
}

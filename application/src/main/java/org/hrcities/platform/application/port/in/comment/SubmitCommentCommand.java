package org.hrcities.platform.application.port.in.comment;

import java.util.Objects;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A comment as a visitor submits it. Built from validated values, so a command that exists is
 * well-formed; {@code parentId} is null for a top-level comment. {@code honeypotFilled} says that a
 * form field hidden from people was filled in, as only bots do.
 */
public record SubmitCommentCommand(Slug postSlug, Commenter commenter, CommentText text, CommentId parentId,
                                   boolean honeypotFilled) {

    public SubmitCommentCommand {
        Objects.requireNonNull(postSlug, "postSlug");
        Objects.requireNonNull(commenter, "commenter");
        Objects.requireNonNull(text, "text");
    }

    /** A comment typed by a person, with nothing that betrays a bot. */
    public SubmitCommentCommand(Slug postSlug, Commenter commenter, CommentText text, CommentId parentId) {
        this(postSlug, commenter, text, parentId, false);
    }
}

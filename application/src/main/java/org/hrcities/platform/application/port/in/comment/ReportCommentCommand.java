package org.hrcities.platform.application.port.in.comment;

import java.util.Objects;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A reader reports a public comment of the post at {@code postSlug} among the posts in {@code language}: why, with an optional one-line note, from the network
 * address the report came from (which tells readers apart and is never stored as it is).
 */
public record ReportCommentCommand(Language language, Slug postSlug, CommentId commentId, ReportReason reason, String note,
                                   String reporterAddress) {

    public ReportCommentCommand {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(postSlug, "postSlug");
        Objects.requireNonNull(commentId, "commentId");
        if (reason == null) {
            throw new InvalidValueException("reason", "reason is required: one of spam, abuse, off-topic, personal-data");
        }
        note = CommentReport.optionalNote(note);
        if (reporterAddress == null) {
            throw new InvalidValueException("senderAddress", "the reporter's network address is required");
        }
        reporterAddress = Comment.validSenderAddress(reporterAddress);
    }
}

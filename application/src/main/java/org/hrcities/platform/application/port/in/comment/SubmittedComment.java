package org.hrcities.platform.application.port.in.comment;

import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;

/** What the visitor learns about the comment just stored. */
public record SubmittedComment(CommentId id, ModerationStatus status) {
}

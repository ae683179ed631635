package org.hrcities.platform.adapter.in.web.api.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hrcities.platform.domain.comment.CommentReport;

/**
 * A reader's report of a comment: {@code reason} is one of {@code spam}, {@code abuse}, {@code off-topic},
 * {@code personal-data}; {@code note} is an optional single line. Only these fields are accepted.
 */
public record ReportCommentRequest(
        @NotBlank(message = "reason is required: one of spam, abuse, off-topic, personal-data")
        @Size(max = 20, message = "reason must be one of spam, abuse, off-topic, personal-data")
        String reason,
        @Size(max = CommentReport.MAX_NOTE_LENGTH, message = "note must be at most {max} characters long")
        String note) {
}

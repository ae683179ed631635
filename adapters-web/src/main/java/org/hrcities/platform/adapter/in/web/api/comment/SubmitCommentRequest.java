package org.hrcities.platform.adapter.in.web.api.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A comment as a client sends it. Only these fields are accepted: status, id or dates are never the
 * client's to set. {@code parentId} makes the comment a reply; {@code notifyMe} true asks for an email when
 * the comment is published or answered (ignored where the site sends no mail).
 */
public record SubmitCommentRequest(
        @NotBlank(message = "authorName is required")
        @Size(max = Commenter.MAX_NAME_LENGTH, message = "authorName must be at most {max} characters long")
        String authorName,
        @NotBlank(message = "authorEmail is required")
        @Size(max = EmailAddress.MAX_LENGTH, message = "authorEmail must be at most {max} characters long")
        String authorEmail,
        @Size(max = WebsiteUrl.MAX_LENGTH, message = "authorUrl must be at most {max} characters long")
        String authorUrl,
        @NotBlank(message = "content is required")
        @Size(max = CommentText.MAX_BYTES, message = "content must be at most {max} bytes long")
        String content,
        @Size(max = 36, message = "parentId must be a comment id (a UUID)")
        String parentId,
        Boolean notifyMe) {
}

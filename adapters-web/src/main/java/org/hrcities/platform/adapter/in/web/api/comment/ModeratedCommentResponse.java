package org.hrcities.platform.adapter.in.web.api.comment;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.input.ModerationInputs;
import org.hrcities.platform.application.port.in.moderation.ModerationQueueItem;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A comment as moderators see it through the admin API: in full, with the commenter's email and the
 * sender's network address and user agent (never public; null once erased, see hrc.privacy.sender-data-days), its status and version, and its post. {@code history} is
 * given when one comment is read, and left out of lists.
 */
public record ModeratedCommentResponse(String id, String postId, String postTitle, String postSlug, String parentId,
                                       String authorName, String authorEmail, String authorUrl, String senderAddress,
                                       String content, Instant submittedAt, String status, long version,
                                       List<ModerationRecordResponse> history, OpenReportsResponse reports,
                                       String userAgent) {

    public static ModeratedCommentResponse from(ModerationQueueItem item) {
        return from(item, null);
    }

    public static ModeratedCommentResponse from(ModerationQueueItem item, List<ModerationRecord> historyOrNull) {
        Comment comment = item.comment();
        return new ModeratedCommentResponse(comment.id().toString(), comment.postId().toString(), item.postTitle(),
                item.postSlug().value(), comment.parentId().map(CommentId::toString).orElse(null),
                comment.commenter().name(), comment.commenter().emailIfGiven().map(EmailAddress::value).orElse(null),
                comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null),
                comment.senderAddress().orElse(null), comment.text().value(), comment.submittedAt(),
                ModerationInputs.name(comment.status()), comment.version(),
                historyOrNull == null ? null : historyOrNull.stream().map(ModerationRecordResponse::from).toList(),
                OpenReportsResponse.from(item.reports()), comment.userAgent().orElse(null));
    }
}

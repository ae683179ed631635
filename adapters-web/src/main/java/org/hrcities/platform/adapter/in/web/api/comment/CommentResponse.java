package org.hrcities.platform.adapter.in.web.api.comment;

import java.time.Instant;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A public comment. The commenter's email address is never part of it. {@code parentId} names the
 * comment it answers, so that clients can rebuild the threads.
 */
public record CommentResponse(String id, String parentId, int depth, String authorName, String authorUrl,
                              String content, Instant submittedAt) {

    public static CommentResponse from(Comment comment) {
        return new CommentResponse(comment.id().toString(), comment.parentId().map(CommentId::toString).orElse(null),
                comment.depth(), comment.commenter().name(),
                comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null),
                comment.text().value(), comment.submittedAt());
    }
}

package org.hrcities.platform.adapter.in.web.api.comment;

import org.hrcities.platform.application.port.in.comment.SubmittedComment;

/** The comment just taken: its id and whether it is public (APPROVED) or awaits moderation (PENDING, also for spam). */
public record SubmittedCommentResponse(String id, String status) {

    public static SubmittedCommentResponse from(SubmittedComment submitted) {
        return new SubmittedCommentResponse(submitted.id().toString(), submitted.statusForSender().name());
    }
}

package org.hrcities.platform.adapter.in.web.api.comment;

import org.hrcities.platform.application.port.in.comment.SubmittedComment;

/** The comment just taken: its id and where it stands in moderation. */
public record SubmittedCommentResponse(String id, String status) {

    public static SubmittedCommentResponse from(SubmittedComment submitted) {
        return new SubmittedCommentResponse(submitted.id().toString(), submitted.status().name());
    }
}

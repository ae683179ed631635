package org.hrcities.platform.application.port.in.moderation;

import java.util.Objects;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A comment as moderators see it: in full, email and sender's address included, with the title and
 * slug of its post and the open reports of readers. For moderators only.
 */
public record ModerationQueueItem(Comment comment, String postTitle, Slug postSlug, OpenReports reports) {

    public ModerationQueueItem {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(postTitle, "postTitle");
        Objects.requireNonNull(postSlug, "postSlug");
        reports = reports == null ? OpenReports.NONE : reports;
    }

    /** A comment without open reports. */
    public ModerationQueueItem(Comment comment, String postTitle, Slug postSlug) {
        this(comment, postTitle, postSlug, OpenReports.NONE);
    }
}

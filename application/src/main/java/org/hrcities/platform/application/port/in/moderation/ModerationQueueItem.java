package org.hrcities.platform.application.port.in.moderation;

import java.util.Objects;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * A comment as moderators see it: in full, email and sender's address included, with the title, slug
 * and language of its post (each translation of a post has comments of its own, all in one queue) and
 * the open reports of readers. For moderators only.
 */
public record ModerationQueueItem(Comment comment, String postTitle, Slug postSlug, Language postLanguage,
                                  OpenReports reports) {

    public ModerationQueueItem {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(postTitle, "postTitle");
        Objects.requireNonNull(postSlug, "postSlug");
        Objects.requireNonNull(postLanguage, "postLanguage");
        reports = reports == null ? OpenReports.NONE : reports;
    }

    /** The comment of {@code post}, with the readers' open reports of it. */
    public ModerationQueueItem(Comment comment, Post post, OpenReports reports) {
        this(comment, post.title(), post.slug(), post.language(), reports);
    }

    /** A comment of {@code post} without open reports. */
    public ModerationQueueItem(Comment comment, Post post) {
        this(comment, post, OpenReports.NONE);
    }
}

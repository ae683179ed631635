package org.hrcities.platform.application.port.in.migration;

import java.time.Instant;
import java.util.List;

/**
 * A post or page of the exported site as the import needs it: its body already in this platform's
 * Markdown, its topics by their keys, its comments in any order.
 *
 * @param sourceId     the id the item has on the exported site
 * @param slug         its slug there (may be empty or not a valid slug here)
 * @param formerSlugs  slugs it had there before, which old links may still name
 * @param publishedAt  when it was (or is to be) published; null for drafts
 * @param authorLogin  the login of its author, as in {@link ExportedAuthor#login()}
 * @param notes        what the reader noticed while converting it (shortcodes left as text, say)
 * @param featuredImageId the id on the exported site of the attachment that stands for it, or null
 */
public record ExportedPost(String sourceId, Kind kind, State state, String title, String slug,
                           List<String> formerSlugs, String body, String excerpt, String authorLogin,
                           Instant publishedAt, List<String> topicKeys, boolean commentsOpen,
                           List<ExportedComment> comments, List<String> notes, String featuredImageId) {

    /** An item without a featured image. */
    public ExportedPost(String sourceId, Kind kind, State state, String title, String slug, List<String> formerSlugs,
                        String body, String excerpt, String authorLogin, Instant publishedAt, List<String> topicKeys,
                        boolean commentsOpen, List<ExportedComment> comments, List<String> notes) {
        this(sourceId, kind, state, title, slug, formerSlugs, body, excerpt, authorLogin, publishedAt, topicKeys,
                commentsOpen, comments, notes, null);
    }

    public ExportedPost {
        formerSlugs = List.copyOf(formerSlugs);
        topicKeys = List.copyOf(topicKeys);
        comments = List.copyOf(comments);
        notes = List.copyOf(notes);
    }

    /** A dated post, or a page (content without a date or comments). */
    public enum Kind {
        POST, PAGE
    }

    /** Where the item stood on the exported site. */
    public enum State {
        PUBLISHED, SCHEDULED, DRAFT, PENDING_REVIEW, PRIVATE, PASSWORD_PROTECTED, TRASHED
    }
}

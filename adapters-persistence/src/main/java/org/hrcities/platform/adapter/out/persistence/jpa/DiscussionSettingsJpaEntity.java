package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row of {@code discussion_settings}. Word lists hold one entry per line. */
@Entity
@Table(name = "discussion_settings")
public class DiscussionSettingsJpaEntity {

    /** The one row's key. */
    static final short SITE = 1;

    @Id
    @Column(name = "id")
    short id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "comments_open_on_new_posts", nullable = false)
    boolean commentsOpenOnNewPosts;

    @Column(name = "close_comments_after_days", nullable = false)
    int closeCommentsAfterDays;

    @Column(name = "approve_known_commenters", nullable = false)
    boolean approveKnownCommenters;

    @Column(name = "max_links", nullable = false)
    int maxLinks;

    @Column(name = "moderation_words", nullable = false)
    String moderationWords;

    @Column(name = "disallowed_words", nullable = false)
    String disallowedWords;

    @Column(name = "flood_interval_seconds", nullable = false)
    int floodIntervalSeconds;

    @Column(name = "minimum_fill_seconds", nullable = false)
    int minimumFillSeconds;

    @Column(name = "report_threshold", nullable = false)
    int reportThreshold;

    @Column(name = "erasure_deletes_comments", nullable = false)
    boolean erasureDeletesComments;

    protected DiscussionSettingsJpaEntity() {
    }

    DiscussionSettingsJpaEntity(short id) {
        this.id = id;
    }
}

package org.hrcities.platform.domain.post;

/** Where a post stands on its way to readers. */
public enum PostStatus {
    /** Being written; only editors see it. */
    DRAFT,
    /** Finished and waiting for its publication time. */
    SCHEDULED,
    /** Public. */
    PUBLISHED
}

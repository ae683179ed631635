package org.hrcities.platform.domain.page;

/** Whether visitors can read a page. */
public enum SitePageStatus {
    /** Seen by editors only. */
    DRAFT,
    /** On the site, at {@code /pages/{slug}}. */
    PUBLISHED
}

package org.hrcities.platform.adapter.in.web.site.privacy;

/**
 * How many days comments' network addresses and user agents are kept (hrc.privacy.sender-data-days),
 * as the privacy page and the comment form tell visitors.
 */
public record SenderDataRetention(int days) {

    /** The default of hrc.privacy.sender-data-days. */
    public static final int DEFAULT_DAYS = 30;

    public SenderDataRetention {
        if (days < 1) {
            throw new IllegalArgumentException("sender data is kept at least one day: " + days);
        }
    }
}

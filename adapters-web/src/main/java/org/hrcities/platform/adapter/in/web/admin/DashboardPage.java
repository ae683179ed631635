package org.hrcities.platform.adapter.in.web.admin;

/**
 * The admin's start page; {@code posts} only for members who may write posts, {@code pendingComments}
 * null for members who do not moderate.
 */
public record DashboardPage(AdminNav nav, String notice, PostCounts posts, Long pendingComments) {

    /** How many posts wait as drafts and as scheduled posts. */
    public record PostCounts(long drafts, long scheduled) {
    }
}

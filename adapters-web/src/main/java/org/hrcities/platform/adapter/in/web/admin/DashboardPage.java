package org.hrcities.platform.adapter.in.web.admin;

/** The admin's start page; {@code posts} only for members who may write posts. */
public record DashboardPage(AdminNav nav, String notice, PostCounts posts) {

    /** How many posts wait as drafts and as scheduled posts. */
    public record PostCounts(long drafts, long scheduled) {
    }
}

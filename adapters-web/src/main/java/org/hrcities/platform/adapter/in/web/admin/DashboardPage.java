package org.hrcities.platform.adapter.in.web.admin;

/**
 * The admin's start page; {@code posts} only for members who may write posts, {@code pendingComments}
 * and {@code reportedComments} null for members who do not moderate, {@code failedMail} (messages the
 * mail server would not take) null for members who do not manage the settings.
 */
public record DashboardPage(AdminNav nav, String notice, PostCounts posts, Long pendingComments, Long reportedComments,
                            Long failedMail) {

    /** How many posts wait as drafts and as scheduled posts. */
    public record PostCounts(long drafts, long scheduled) {
    }
}

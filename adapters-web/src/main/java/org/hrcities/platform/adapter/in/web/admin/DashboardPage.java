package org.hrcities.platform.adapter.in.web.admin;

/** The admin's start page; {@code pendingComments} is null for members who do not moderate. */
public record DashboardPage(AdminNav nav, String notice, Long pendingComments) {
}

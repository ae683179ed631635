package org.hrcities.platform.adapter.in.web.admin;

/** The admin's start page. */
public record DashboardPage(AdminNav nav, String notice) {
}

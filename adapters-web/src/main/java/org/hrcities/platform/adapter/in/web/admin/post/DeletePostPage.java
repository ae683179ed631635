package org.hrcities.platform.adapter.in.web.admin.post;

import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/** Asks an editor to confirm that a post and its comments go for good. */
public record DeletePostPage(AdminNav nav, String id, long version, String title, String status, String formError) {
}

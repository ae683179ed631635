package org.hrcities.platform.adapter.in.web.admin.comment;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/** The step before deleting comments for good: what will be deleted, and where to go back to. */
public record DeleteConfirmationPage(AdminNav nav, List<CommentRow> rows, String status, String post, String q,
                                     String reason, String back) {
}

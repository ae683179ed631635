package org.hrcities.platform.adapter.in.web.admin.comment;

import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.application.port.in.moderation.StatusFilter;
import org.hrcities.platform.domain.comment.ModerationStatus;

/**
 * The moderation queue: the tabs with their counts, the filters (post, search), one page of rows,
 * the bulk actions the tab offers, and the summary of the last bulk action.
 */
public record CommentsPage(AdminNav nav, StatusFilter status, String post, String q, int page, long totalPages,
                           long totalItems, Map<ModerationStatus, Long> counts, long allCount, long reportedCount, List<CommentRow> rows,
                           String notice, String error) {

    /** A tab: its name, label, count, link, and whether it is shown. */
    public record Tab(String name, String label, long count, String href, boolean current) {
    }

    /** A bulk action button: the action's name and the key of its label in the admin's texts. */
    public record Action(String name, String key) {
    }

    public List<Tab> tabs() {
        List<Tab> tabs = new ArrayList<>();
        for (StatusFilter filter : StatusFilter.values()) {
            long count = filter.reportedOnly() ? reportedCount
                    : filter.statusOrNull() == null ? allCount : counts.getOrDefault(filter.statusOrNull(), 0L);
            tabs.add(new Tab(name(filter), label(filter), count, href(filter, post, q, 1), filter == status));
        }
        return tabs;
    }

    /** The bulk actions that make sense on this tab; deletion only in trash and spam (after a confirmation). */
    public List<Action> actions() {
        Action approve = new Action("approve", "comments.action.approve");
        Action hold = new Action("hold", "comments.action.hold");
        Action spam = new Action("spam", "comments.action.spam");
        Action trash = new Action("trash", "comments.action.trash");
        Action restore = new Action("restore", "comments.action.restore");
        Action delete = new Action("delete", "comments.action.delete");
        return switch (status) {
            case PENDING -> List.of(approve, spam, trash);
            case APPROVED -> List.of(hold, spam, trash);
            case SPAM -> List.of(new Action("approve", "comments.action.notSpam"), restore, trash, delete);
            case TRASH -> List.of(restore, spam, delete);
            case REPORTED -> List.of(new Action("approve", "comments.action.dismissReports"),
                    new Action("trash", "comments.action.upholdReports"), spam);
            case ALL -> List.of(approve, hold, spam, trash, restore);
        };
    }

    public String statusName() {
        return name(status);
    }

    public String statusLabel() {
        return label(status);
    }

    public String previous() {
        return page > 1 ? href(status, post, q, page - 1) : null;
    }

    public String next() {
        return page < totalPages ? href(status, post, q, page + 1) : null;
    }

    /** The link to a tab (or page of it) that keeps the post and search filters. */
    public static String href(StatusFilter filter, String post, String q, int page) {
        UriBuilder target = UriBuilder.fromPath("/admin/comments").queryParam("status", name(filter));
        if (post != null && !post.isEmpty()) {
            target.queryParam("post", post);
        }
        if (q != null && !q.isEmpty()) {
            target.queryParam("q", q);
        }
        if (page > 1) {
            target.queryParam("page", page);
        }
        return target.build().toString();
    }

    static String name(StatusFilter filter) {
        return filter.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String label(StatusFilter filter) {
        return switch (filter) {
            case PENDING -> "Pending";
            case APPROVED -> "Approved";
            case SPAM -> "Spam";
            case TRASH -> "Trash";
            case REPORTED -> "Reported";
            case ALL -> "All";
        };
    }
}

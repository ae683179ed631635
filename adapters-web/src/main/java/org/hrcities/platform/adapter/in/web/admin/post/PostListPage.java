package org.hrcities.platform.adapter.in.web.admin.post;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/** The editors' list of posts: filter tabs with counts, the search, one page of rows and the links around it. */
public record PostListPage(AdminNav nav, List<Tab> tabs, String q, String statusLabel, List<Row> rows, long total,
                           int page, long totalPages, String previousHref, String nextHref, String notice,
                           String searchError) {

    /** A filter: "Drafts (2)". */
    public record Tab(String label, String value, long count, String href, boolean current) {
        public String ariaCurrent() {
            return current ? "page" : null;
        }
    }

    /** A post in the list. {@code when} is its publication or scheduled time, empty for a draft. */
    public record Row(String id, String title, String status, String when, String whenIso, String changed,
                      String changedIso, String publicHref) {
    }

    public boolean isPaged() {
        return previousHref != null || nextHref != null;
    }
}

package org.hrcities.platform.adapter.in.web.admin.event;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/** The editors' list of events, drafts included, one page of them with the links around it. */
public record EventsAdminPage(AdminNav nav, List<Row> rows, long total, int page, long totalPages, String previousHref,
                              String nextHref, String notice) {

    /**
     * An event in the list. {@code when} is its date as the clocks show it where it is held, with the
     * zone; {@code publication} is "Draft" or "Published", {@code standing} "Scheduled", "Postponed"
     * or "Cancelled"; {@code publicHref} is its page while it is published, null otherwise.
     */
    public record Row(String id, String title, String when, String startIso, String publication, String standing,
                      String publicHref) {
    }

    public boolean isPaged() {
        return previousHref != null || nextHref != null;
    }
}

package org.hrcities.platform.adapter.in.web.admin.mail;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/**
 * The administrators' view of the outbox: how many messages each state holds, the messages of one
 * state (failed ones first of all, with why and a button to send again), and whether mail goes out at all.
 */
public record MailPage(AdminNav nav, boolean mailEnabled, String state, long queued, long sent, long failed,
                       List<Row> rows, int page, long totalPages, String newerHref, String olderHref, String notice) {

    /** One message as listed. */
    public record Row(String id, String kind, String to, String subject, int attempts, Instant queuedAt,
                      Instant nextAttemptAt, Instant sentAt, String lastError, boolean retryable) {
    }

    /** "page" for the tab of the state shown, null otherwise. */
    public String current(String tab) {
        return tab.equals(state) ? "page" : null;
    }
}

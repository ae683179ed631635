package org.hrcities.platform.adapter.in.web.admin.migration;

import java.time.Duration;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.wordpress.ImportStatus;

/** One import: its progress while it runs (the page reloads itself), its report once done. */
public record ImportPage(AdminNav nav, ImportStatus status) {

    /** Whether the page should look again in a moment. */
    public boolean running() {
        return !status.isDone();
    }

    /** How long it took, or has taken so far, in whole seconds; empty before it started. */
    public String took() {
        if (status.startedAt() == null) {
            return "";
        }
        java.time.Instant end = status.finishedAt() != null ? status.finishedAt() : java.time.Instant.now();
        long millis = Duration.between(status.startedAt(), end).toMillis();
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}

package org.hrcities.platform.adapter.in.web.api.page;

import java.time.Instant;
import org.hrcities.platform.domain.page.SitePage;

/** A published page in full. {@code body} is the Markdown the editor wrote, as for posts. */
public record PageResponse(String id, String slug, String title, String body, String url, Integer menuPosition,
                           Instant updatedAt) {

    public static PageResponse from(SitePage page) {
        return new PageResponse(page.id().toString(), page.slug().value(), page.title(), page.body(),
                "/pages/" + page.slug().value(), page.menuPosition().orElse(null), page.updatedAt());
    }
}

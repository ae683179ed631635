package org.hrcities.platform.adapter.in.web.api.page;

import java.time.Instant;
import org.hrcities.platform.domain.page.SitePage;

/** A page as editors see it, draft or published, with its version (the ETag). */
public record AdminPageResponse(String id, String slug, String title, String body, String status,
                                Integer menuPosition, Instant updatedAt, long version, String url) {

    public static AdminPageResponse from(SitePage page) {
        return new AdminPageResponse(page.id().toString(), page.slug().value(), page.title(), page.body(),
                page.status().name(), page.menuPosition().orElse(null),
                page.updatedAt(), page.version(), "/pages/" + page.slug().value());
    }
}

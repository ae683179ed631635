package org.hrcities.platform.adapter.in.web.api.page;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.domain.page.SitePage;

/**
 * A page as editors see it, draft or published, with its version (the ETag), its language, where
 * visitors read it once published ({@code url}, "/fr/pages/a-propos" for a French page) and the other
 * pages of its translation group, in any status.
 */
public record AdminPageResponse(String id, String language, String slug, String title, String body, String status,
                                Integer menuPosition, Instant updatedAt, long version, String url,
                                List<AdminPageTranslationResponse> translations) {

    public static AdminPageResponse from(SitePage page, String url, List<AdminPageTranslationResponse> translations) {
        return new AdminPageResponse(page.id().toString(), page.language().code(), page.slug().value(), page.title(),
                page.body(), page.status().name(), page.menuPosition().orElse(null), page.updatedAt(), page.version(),
                url, translations);
    }
}

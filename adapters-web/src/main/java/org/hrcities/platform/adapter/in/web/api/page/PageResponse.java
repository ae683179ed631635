package org.hrcities.platform.adapter.in.web.api.page;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationLinkResponse;
import org.hrcities.platform.domain.page.SitePage;

/**
 * A published page in full, in its language. {@code body} is the Markdown the editor wrote, as for
 * posts; {@code url} is where visitors read it ({@code /fr/pages/a-propos} for a French page);
 * {@code translations} are its published translations into the site's other languages.
 */
public record PageResponse(String id, String language, String slug, String title, String body, String url,
                           Integer menuPosition, Instant updatedAt, List<TranslationLinkResponse> translations) {

    public static PageResponse from(SitePage page, String url, List<TranslationLinkResponse> translations) {
        return new PageResponse(page.id().toString(), page.language().code(), page.slug().value(), page.title(),
                page.body(), url, page.menuPosition().orElse(null), page.updatedAt(), translations);
    }
}

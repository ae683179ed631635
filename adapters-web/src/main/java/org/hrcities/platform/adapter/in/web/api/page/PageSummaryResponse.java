package org.hrcities.platform.adapter.in.web.api.page;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationLinkResponse;
import org.hrcities.platform.domain.page.SitePage;

/**
 * A published page in a list: its language, where visitors read it ({@code url}, on the site), its
 * place in that language's navigation menu ({@code menuPosition}, null when it is not in the menu) and
 * its published translations.
 */
public record PageSummaryResponse(String language, String slug, String title, String url, Integer menuPosition,
                                  List<TranslationLinkResponse> translations) {

    public static PageSummaryResponse from(SitePage page, String url, List<TranslationLinkResponse> translations) {
        return new PageSummaryResponse(page.language().code(), page.slug().value(), page.title(), url,
                page.menuPosition().orElse(null), translations);
    }
}

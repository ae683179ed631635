package org.hrcities.platform.adapter.in.web.api.page;

import org.hrcities.platform.domain.page.SitePage;

/**
 * A published page in a list: where visitors read it ({@code url}, on the site) and its place in the
 * navigation menu ({@code menuPosition}, null when it is not in the menu).
 */
public record PageSummaryResponse(String slug, String title, String url, Integer menuPosition) {

    public static PageSummaryResponse from(SitePage page) {
        return new PageSummaryResponse(page.slug().value(), page.title(), "/pages/" + page.slug().value(),
                page.menuPosition().orElse(null));
    }
}

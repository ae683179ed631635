package org.hrcities.platform.adapter.in.web.api.page;

import org.hrcities.platform.application.port.in.page.SitePageTranslation;

/** Another page of a page's translation group, as editors see it beside the page: draft or published. */
public record AdminPageTranslationResponse(String id, String language, String status, String slug, String title) {

    public static AdminPageTranslationResponse from(SitePageTranslation translation) {
        return new AdminPageTranslationResponse(translation.id().toString(), translation.language().code(),
                translation.status().name(), translation.slug().value(), translation.title());
    }
}

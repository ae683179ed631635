package org.hrcities.platform.adapter.in.web.api.post;

import org.hrcities.platform.application.port.in.authoring.TranslationSummary;

/**
 * Another post of a post's translation group, as editors see it in the admin API: in any status; the
 * whole of it is at {@code /api/admin/posts/{id}}.
 */
public record AdminTranslationResponse(String id, String language, String status, String slug, String title) {

    public static AdminTranslationResponse from(TranslationSummary translation) {
        return new AdminTranslationResponse(translation.id().toString(), translation.language().code(),
                translation.status().name(), translation.slug().value(), translation.title());
    }
}

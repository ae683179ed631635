package org.hrcities.platform.adapter.in.web.api.shared;

import jakarta.ws.rs.core.UriInfo;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.shared.Language;

/**
 * Where visitors read a page or a city in another language: its code, its slug there and the full
 * address of its page ({@code https://site/fr/pages/a-propos}).
 */
public record TranslationLinkResponse(String language, String slug, String url) {

    /** The page at {@code path} (such as "/pages/a-propos", without language) in {@code language}. */
    public static TranslationLinkResponse of(LanguageRoutes routes, UriInfo request, Language language, String slug,
                                             String path) {
        return new TranslationLinkResponse(language.code(), slug, routes.absolute(request, language, path).toString());
    }
}

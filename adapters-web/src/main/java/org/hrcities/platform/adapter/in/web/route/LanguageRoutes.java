package org.hrcities.platform.adapter.in.web.route;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Where each language's pages live: the default language's at the root ({@code /posts/a}), every other
 * language's under its code ({@code /fr/posts/a}, its home {@code /fr/}). The language of a request is
 * chosen by its address alone, never by {@code Accept-Language}, so that one address always answers one
 * page. {@code filter.LanguagePrefixFilter} moves the code into the request's base URI ({@code https://site/fr/}),
 * so that resources match the same paths in every language and every address they resolve against the
 * base (canonical links, {@code Location} headers) stays in the language.
 */
public final class LanguageRoutes {

    /** First segments that are the same for every language: the APIs, admin, files, machines' documents. */
    private static final Set<String> SHARED = Set.of("api", "admin", "assets", "media", "mail", "metrics", "health",
            "sitemap.xml", "robots.txt", "favicon.ico", "wp-content", "wp-admin", "wp-login.php");

    /**
     * The request property (a servlet request attribute) that holds the site's default {@link Language},
     * set for every request by {@code filter.LanguagePrefixFilter}: the language of pages for someone not yet
     * known, such as the admin's sign-in page.
     */
    public static final String DEFAULT_LANGUAGE = "hrc.language.default";

    private final SiteLanguages languages;

    public LanguageRoutes(SiteLanguages languages) {
        this.languages = Objects.requireNonNull(languages);
    }

    public SiteLanguages languages() {
        return languages;
    }

    /** Whether paths starting with {@code segment} are one for every language (never under a code). */
    public static boolean isShared(String segment) {
        return SHARED.contains(segment);
    }

    /**
     * The language a request was made in: the code {@code filter.LanguagePrefixFilter} put at the end of its
     * base URI, else the default.
     */
    public Language of(UriInfo request) {
        return of(request.getBaseUri());
    }

    Language of(URI base) {
        String last = lastSegment(base);
        if (last != null) {
            Language language = languages.find(last);
            if (language != null && !languages.isDefault(language)) {
                return language;
            }
        }
        return languages.defaultLanguage();
    }

    /**
     * The last segment of a base URI ({@code fr} of {@code https://site/fr/}), where
     * {@code filter.LanguagePrefixFilter} puts a language's code; null for a base without one.
     */
    public static String lastSegment(URI base) {
        String path = base == null ? null : base.getRawPath();
        if (path != null && path.endsWith("/") && path.length() > 1) {
            return path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1);
        }
        return null;
    }

    /** What an address's path starts with in {@code language}: "" for the default, "/fr" for French. */
    public String prefix(Language language) {
        return languages.isDefault(language) ? "" : "/" + language.code();
    }

    /** The path of the page at {@code path} (absolute, such as "/posts/a" or "/") in {@code language}. */
    public String path(Language language, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("an absolute path, not " + path);
        }
        return prefix(language) + path;
    }

    /** The site's address without any language: the base a request had before its language was taken. */
    public URI siteBase(UriInfo request) {
        URI base = request.getBaseUri();
        Language language = of(base);
        if (base == null || languages.isDefault(language)) {
            return base;
        }
        String text = base.toString();
        return URI.create(text.substring(0, text.length() - language.code().length() - 1));
    }

    /** The full address of {@code path} in {@code language}, on the site's address. */
    public URI absolute(UriInfo request, Language language, String path) {
        return siteBase(request).resolve(path(language, path).substring(1));
    }
}

package org.hrcities.platform.adapter.in.web.input;

import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Languages named by a request: the API's {@code lang} parameter and a body's {@code language}. A code
 * the site is not written in is refused on its field (400), naming the site's languages.
 */
public final class Languages {

    private Languages() {
    }

    /** The language {@code ?lang=} names; the site's default when it is missing or blank. */
    public static Language fromQuery(String lang, SiteLanguages site) {
        return lang == null || lang.isBlank() ? site.defaultLanguage() : fromInput("lang", lang, site);
    }

    /** The language the input {@code field} names, one the site is written in. */
    public static Language fromInput(String field, String code, SiteLanguages site) {
        Language language = null;
        try {
            language = Language.parse(code);
        } catch (InvalidValueException e) {
            // said below, with the site's languages
        }
        if (language == null || !site.contains(language)) {
            throw new InvalidValueException(field, "the site is not written in \"" + abbreviate(code)
                    + "\"; its languages are " + site.toString().replace(",", ", "));
        }
        return language;
    }

    /**
     * The path of a resource of the API in {@code language}: {@code path} itself in the default language,
     * else with {@code ?lang=} (or {@code &lang=} after a query).
     */
    public static String link(String path, Language language, SiteLanguages site) {
        if (site.isDefault(language)) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
    }

    private static String abbreviate(String text) {
        String printable = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 20 ? printable : printable.substring(0, 20) + "...";
    }
}

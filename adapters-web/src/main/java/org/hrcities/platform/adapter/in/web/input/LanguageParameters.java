package org.hrcities.platform.adapter.in.web.input;

import java.util.List;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * The {@code lang} parameter of the JSON API: which of the site's languages to answer in. Absent, the
 * site's default; a code the site is not written in is a 400 naming the field and the site's languages.
 */
public final class LanguageParameters {

    private LanguageParameters() {
    }

    public static Language parse(String lang, SiteLanguages languages) {
        return parse("lang", lang, languages);
    }

    /** As {@link #parse(String, SiteLanguages)}, for a parameter named {@code field}. */
    public static Language parse(String field, String lang, SiteLanguages languages) {
        if (lang == null) {
            return languages.defaultLanguage();
        }
        Language language = languages.find(lang.strip().toLowerCase(java.util.Locale.ROOT));
        if (language == null) {
            throw new InvalidRequestException(List.of(new FieldErrorResponse(field, "the site is not written in \""
                    + lang.strip() + "\"; its languages are " + String.join(", ",
                    languages.all().stream().map(Language::code).toList()))));
        }
        return language;
    }

    /**
     * The path of a resource of the API in {@code language}: {@code path} itself in the default language,
     * else with {@code ?lang=} (or {@code &lang=} after a query).
     */
    public static String link(String path, Language language, SiteLanguages languages) {
        if (languages.isDefault(language)) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
    }
}

package org.hrcities.platform.adapter.in.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * The language of a post or page in its admin form: for a new one, the site's languages to choose from
 * ({@code options}, each named in itself); for a stored one, its language and, for each other language
 * of the site, its translation or the action that starts one ({@code translations}). {@code prefix} is
 * what the content's public addresses start with ("" for the default language, "/fr" for French).
 */
public record ContentLanguage(String code, String name, String prefix, List<Option> options,
                              List<Translation> translations) {

    public ContentLanguage {
        Objects.requireNonNull(code, "code");
        options = List.copyOf(options);
        translations = List.copyOf(translations);
    }

    /** A language to write a new post or page in. */
    public record Option(String code, String name, boolean selected) {
    }

    /**
     * Another language of the site: with its translation ({@code editHref}, {@code status} and
     * {@code title}), or without one ({@code editHref} null), when {@code translateAction} starts it.
     */
    public record Translation(String code, String name, String editHref, String status, String title,
                              String translateAction) {

        public boolean exists() {
            return editHref != null;
        }
    }

    /** For a form without a language (a site in one language, or a test's stand-in). */
    public static ContentLanguage none() {
        return new ContentLanguage("", "", "", List.of(), List.of());
    }

    /** The choice for a new post or page, {@code chosen} selected (the default language when null). */
    public static ContentLanguage choosing(SiteLanguages site, Language chosen) {
        Language selected = chosen == null ? site.defaultLanguage() : chosen;
        List<Option> options = new ArrayList<>();
        for (Language language : site.all()) {
            options.add(new Option(language.code(), language.nativeName(), language.equals(selected)));
        }
        return new ContentLanguage(selected.code(), selected.nativeName(), new LanguageRoutes(site).prefix(selected),
                options, List.of());
    }

    /** A stored post or page in {@code language}, with a line for each other language of the site. */
    public static ContentLanguage of(SiteLanguages site, Language language, List<Translation> translations) {
        return new ContentLanguage(language.code(), language.nativeName(), new LanguageRoutes(site).prefix(language),
                List.of(), translations);
    }

    /** Whether there is a language to choose: the site is written in more than one. */
    public boolean offersChoice() {
        return options.size() > 1;
    }

    /** Whether the form says which language the content is in. */
    public boolean isShown() {
        return !code.isEmpty();
    }
}

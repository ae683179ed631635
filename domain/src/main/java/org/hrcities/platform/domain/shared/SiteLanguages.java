package org.hrcities.platform.domain.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The languages a site is written in, its default first. The default language's pages live at the
 * root of the site ({@code /posts/...}), every other's under its code ({@code /fr/posts/...}).
 */
public record SiteLanguages(List<Language> all) {

    public SiteLanguages {
        Objects.requireNonNull(all, "all");
        if (all.isEmpty()) {
            throw new InvalidValueException("languages", "a site has at least one language");
        }
        if (new LinkedHashSet<>(all).size() != all.size()) {
            throw new InvalidValueException("languages", "each language may be named once: " + all);
        }
        all = List.copyOf(all);
    }

    /** A site in one language. */
    public static SiteLanguages only(Language language) {
        return new SiteLanguages(List.of(language));
    }

    /** Reads a list such as "en,fr,de" (spaces allowed), the default first. */
    public static SiteLanguages parse(String list) {
        if (list == null || list.isBlank()) {
            throw new InvalidValueException("languages", "name at least one language, such as en,fr,de");
        }
        List<Language> languages = new ArrayList<>();
        for (String code : list.split(",", -1)) {
            languages.add(Language.parse(code));
        }
        return new SiteLanguages(languages);
    }

    public Language defaultLanguage() {
        return all.get(0);
    }

    /** The languages besides the default, in the order configured. */
    public List<Language> others() {
        return all.subList(1, all.size());
    }

    public boolean contains(Language language) {
        return all.contains(language);
    }

    public boolean isDefault(Language language) {
        return defaultLanguage().equals(language);
    }

    /**
     * The language named by {@code code} when the site is written in it, or null; for reading a
     * language from an address or a request parameter without an exception.
     */
    public Language find(String code) {
        if (code == null) {
            return null;
        }
        for (Language language : all) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        return null;
    }

    /** Refuses a language the site is not written in, naming those it is. */
    public Language require(Language language) {
        if (!contains(language)) {
            throw new InvalidValueException("language", "the site is not written in " + language.code()
                    + "; its languages are " + String.join(", ", all.stream().map(Language::code).toList()));
        }
        return language;
    }

    @Override
    public String toString() {
        return String.join(",", all.stream().map(Language::code).toList());
    }
}

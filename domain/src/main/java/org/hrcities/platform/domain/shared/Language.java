package org.hrcities.platform.domain.shared;

import java.util.Locale;
import java.util.Set;

/**
 * The language a piece of content is written in, or a page is shown in: an ISO 639 code of two
 * letters, such as {@code en}, {@code fr} or {@code de} (a code of three letters where a language has
 * none shorter). It is also the first segment of the addresses of every language but the site's default
 * ({@code /fr/posts/...}).
 */
public record Language(String code) implements Comparable<Language> {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public Language {
        if (code == null || !code.matches("[a-z]{2,3}") || (code.length() == 2 && !ISO_639_1.contains(code))) {
            throw new InvalidValueException("language",
                    "the language must be an ISO 639 code in small letters, such as en, fr or de");
        }
    }

    /** Accepts capitals and surrounding spaces: " FR " is {@code fr}. */
    public static Language parse(String text) {
        return new Language(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    /** The JDK's locale for the language, for formatting and for choosing the interface's texts. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language's name in itself, with a capital: "English", "Français", "Deutsch". */
    public String nativeName() {
        Locale locale = locale();
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    @Override
    public int compareTo(Language other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

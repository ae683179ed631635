package org.hrcities.platform.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The readable, URL-safe name of a post or a city in its address: lower-case ASCII letters and
 * digits in words joined by single hyphens, such as {@code happy-new-year-2021}.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 100;
    /** Slugs derived from titles are cut at a word boundary to stay readable. */
    static final int DERIVED_MAX_LENGTH = 80;

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<String, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("ł", "l"), Map.entry("þ", "th"),
            Map.entry("ı", "i"), Map.entry("&", " and "));

    public Slug {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("slug", "slug is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("slug", "slug must be at most " + MAX_LENGTH + " characters long");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("slug",
                    "slug may contain only lower-case letters a-z, digits and single hyphens between words");
        }
    }

    /** Derives a slug from a title: "Vienna's Café Talks, 2024!" becomes {@code viennas-cafe-talks-2024}. */
    public static Slug fromTitle(String title) {
        if (title == null) {
            throw new InvalidValueException("slug", "slug cannot be derived from an empty title");
        }
        String text = title.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        for (Map.Entry<String, String> t : TRANSLITERATIONS.entrySet()) {
            text = text.replace(t.getKey(), t.getValue());
        }
        text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = NON_ALPHANUMERIC.matcher(text).replaceAll("-");
        text = trimHyphens(text);
        if (text.length() > DERIVED_MAX_LENGTH) {
            text = text.substring(0, DERIVED_MAX_LENGTH);
            int lastHyphen = text.lastIndexOf('-');
            if (lastHyphen > DERIVED_MAX_LENGTH / 2) {
                text = text.substring(0, lastHyphen);
            }
            text = trimHyphens(text);
        }
        if (text.isEmpty()) {
            throw new InvalidValueException("slug", "slug cannot be derived from the title \"" + title
                    + "\"; give one made of letters a-z, digits and hyphens");
        }
        return new Slug(text);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}

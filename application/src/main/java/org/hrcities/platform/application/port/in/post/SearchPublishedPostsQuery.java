package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import java.util.regex.Pattern;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * What a visitor searches for: the terms parsed from the text typed (see {@link SearchTerms}: never
 * refused, cut at {@value SearchTerms#MAX_LENGTH} characters), narrowed to the posts tagged with a
 * partner city, filed under a topic, or written in a language (each null for any), and one page of
 * the posts found.
 */
public record SearchPublishedPostsQuery(SearchTerms terms, Slug partnerCityOrNull, Slug topicOrNull,
                                        String languageOrNull, PageRequest page) {

    /** The names of the narrowing values in the site's addresses and the API, as refusals name them. */
    public static final String CITY = "city";
    public static final String TOPIC = "topic";
    public static final String LANGUAGE = "language";

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    public SearchPublishedPostsQuery {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(page, "page");
        if (languageOrNull != null && !LANGUAGE_CODE.matcher(languageOrNull).matches()) {
            throw new InvalidValueException(LANGUAGE, LANGUAGE + " must be a language code of two or three lower-case"
                    + " letters, such as en or fr");
        }
    }

    /** The text as typed, narrowed by nothing. */
    public SearchPublishedPostsQuery(String typed, PageRequest page) {
        this(SearchTerms.parse(typed), null, null, null, page);
    }

    /**
     * The text as typed, narrowed by the values as they came (null or blank: not narrowed).
     *
     * @throws InvalidValueException on {@value #CITY}, {@value #TOPIC} or {@value #LANGUAGE} when one is not
     *         a slug or a language code
     */
    public static SearchPublishedPostsQuery of(String typed, String city, String topic, String language,
                                               PageRequest page) {
        return new SearchPublishedPostsQuery(SearchTerms.parse(typed), slug(CITY, city), slug(TOPIC, topic),
                language == null || language.isBlank() ? null : language.strip(), page);
    }

    private static Slug slug(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new Slug(value.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, field + " must be the slug of a " + (field.equals(CITY)
                    ? "partner city" : "topic") + ": lower-case letters, digits and hyphens");
        }
    }
}

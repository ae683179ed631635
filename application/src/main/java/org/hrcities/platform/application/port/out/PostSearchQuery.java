package org.hrcities.platform.application.port.out;

import java.util.Objects;
import java.util.regex.Pattern;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * A search as the search port takes it: the parsed terms, what narrows it (a partner city, a topic, a
 * language: each null for any) and the page. The language is an ISO 639 code in lower case, such as
 * {@code en} or {@code fr}.
 */
public record PostSearchQuery(SearchTerms terms, PartnerCityId cityOrNull, TopicId topicOrNull, String languageOrNull,
                              PageRequest page) {

    /**
     * How far the results of one search can be paged ({@link SearchTerms#MAX_RESULTS}): the pages beyond
     * are empty, so that no page asks an index or a database to rank more than that. A total up to this
     * number is exact; above it, an adapter may answer any number above it, meaning "more than".
     */
    public static final int MAX_RESULTS = SearchTerms.MAX_RESULTS;

    /** The language of the posts that do not say theirs: the site's default. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public PostSearchQuery {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(page, "page");
        if (languageOrNull != null && !LANGUAGE.matcher(languageOrNull).matches()) {
            throw new IllegalArgumentException("a language is two or three lower-case letters: " + languageOrNull);
        }
    }

    /** The terms alone, narrowed by nothing, on page {@code page}. */
    public static PostSearchQuery of(SearchTerms terms, PageRequest page) {
        return new PostSearchQuery(terms, null, null, null, page);
    }

    /** Whether the page lies within the results that can be paged ({@link #MAX_RESULTS}). */
    public boolean withinReach() {
        return (long) page.offset() + page.size() <= MAX_RESULTS;
    }
}

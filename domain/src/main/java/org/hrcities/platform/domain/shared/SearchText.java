package org.hrcities.platform.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What someone searches posts for, as typed: at most {@value #MAX_LENGTH} characters holding at
 * most {@value #MAX_WORDS} words, without control characters. A post matches when it holds every
 * word, regardless of case. Stored stripped; empty (null or blank typed) searches for nothing.
 * A refusal names the field {@value #FIELD}, the search's name in the site's addresses and the API.
 */
public record SearchText(String value) {

    public static final String FIELD = "q";
    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    /** No search text: every post, where the search only narrows a list. */
    public static final SearchText NONE = new SearchText("");

    public SearchText {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, FIELD + " must be at most " + MAX_LENGTH + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(FIELD, FIELD + " must not contain control characters");
        }
        if (words(value).size() > MAX_WORDS) {
            throw new InvalidValueException(FIELD, FIELD + " may hold at most " + MAX_WORDS + " words");
        }
    }

    /** The words to look for, lower-case, each once, in the order typed; empty when there is no text. */
    public List<String> words() {
        return words(value);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .distinct().toList();
    }
}

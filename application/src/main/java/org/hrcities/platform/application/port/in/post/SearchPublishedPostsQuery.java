package org.hrcities.platform.application.port.in.post;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * What a visitor searches for: up to {@value #MAX_WORDS} words, each of which a post must hold in
 * its title or body, regardless of case.
 */
public record SearchPublishedPostsQuery(String text, PageRequest page) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    public SearchPublishedPostsQuery {
        Objects.requireNonNull(page, "page");
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("q", "q must be at most " + MAX_LENGTH + " characters long");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("q", "q must not contain control characters");
        }
        if (words(text).size() > MAX_WORDS) {
            throw new InvalidValueException("q", "q may hold at most " + MAX_WORDS + " words");
        }
    }

    /** The words to look for, lower-case, each once. */
    public List<String> words() {
        return words(text);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .distinct().toList();
    }
}

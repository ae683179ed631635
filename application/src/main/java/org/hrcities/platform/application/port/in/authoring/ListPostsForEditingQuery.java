package org.hrcities.platform.application.port.in.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * Which posts an editor looks through: those in one status ({@code status} null for every status),
 * holding every word of {@code text} in their title or body (blank for all), one page of them.
 */
public record ListPostsForEditingQuery(PostStatus status, String text, PageRequest page) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    public ListPostsForEditingQuery {
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

    /** Every post, most recently changed first. */
    public static ListPostsForEditingQuery all(PageRequest page) {
        return new ListPostsForEditingQuery(null, "", page);
    }

    /** The words to look for, lower-case, each once; empty when the query has no text. */
    public List<String> words() {
        return words(text);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .distinct().toList();
    }
}

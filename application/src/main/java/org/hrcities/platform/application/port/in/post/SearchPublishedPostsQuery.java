package org.hrcities.platform.application.port.in.post;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SearchText;

/**
 * What a visitor searches for: the words of {@code text} (see {@link SearchText} for its limits),
 * each of which a post must hold in its title or body, regardless of case; one page of the posts found.
 */
public record SearchPublishedPostsQuery(SearchText text, PageRequest page) {

    public SearchPublishedPostsQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(page, "page");
    }

    /** @throws org.hrcities.platform.domain.shared.InvalidValueException on {@code q} if the text breaks a limit */
    public SearchPublishedPostsQuery(String text, PageRequest page) {
        this(new SearchText(text), page);
    }

    /** The words to look for, lower-case, each once. */
    public List<String> words() {
        return text.words();
    }
}

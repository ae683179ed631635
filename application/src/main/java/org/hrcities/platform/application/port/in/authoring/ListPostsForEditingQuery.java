package org.hrcities.platform.application.port.in.authoring;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SearchText;

/**
 * Which posts an editor looks through: those in one status ({@code status} null for every status),
 * holding every word of {@code text} in their title or body ({@link SearchText#NONE} for all), one
 * page of them; in one language ({@code languageOrNull} null for every language).
 */
public record ListPostsForEditingQuery(PostStatus status, SearchText text, PageRequest page, Language languageOrNull) {

    public ListPostsForEditingQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(page, "page");
    }

    /** Posts in every language. */
    public ListPostsForEditingQuery(PostStatus status, SearchText text, PageRequest page) {
        this(status, text, page, null);
    }

    /** @throws org.hrcities.platform.domain.shared.InvalidValueException on {@code q} if the text breaks a limit */
    public ListPostsForEditingQuery(PostStatus status, String text, PageRequest page) {
        this(status, new SearchText(text), page);
    }

    /** Every post, most recently changed first. */
    public static ListPostsForEditingQuery all(PageRequest page) {
        return new ListPostsForEditingQuery(null, SearchText.NONE, page);
    }

    /** The words to look for, lower-case, each once; empty when the query has no text. */
    public List<String> words() {
        return text.words();
    }
}

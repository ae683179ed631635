package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * No post in {@link #language()} has the slug any more, but a published post in that language had it and
 * has moved to {@link #currentSlug()}: links to the old address keep working by sending readers on (301
 * Moved Permanently), in the same language. It is a {@link PostNotFoundException}, so a caller that does
 * not redirect answers "not found".
 */
public class PostMovedException extends PostNotFoundException {

    private static final long serialVersionUID = 1L;

    private final transient Language language;
    private final transient Slug formerSlug;
    private final transient Slug currentSlug;

    public PostMovedException(Language language, Slug formerSlug, Slug currentSlug) {
        super("the post at \"" + formerSlug + "\" has moved to \"" + currentSlug + "\"");
        this.language = language;
        this.formerSlug = formerSlug;
        this.currentSlug = currentSlug;
    }

    /** The language of the post, and of both its addresses. */
    public Language language() {
        return language;
    }

    public Slug formerSlug() {
        return formerSlug;
    }

    public Slug currentSlug() {
        return currentSlug;
    }
}

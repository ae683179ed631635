package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Slug;

/**
 * No post has the slug any more, but a published post had it and has moved to {@link #currentSlug()}:
 * links to the old address keep working by sending readers on (301 Moved Permanently). It is a
 * {@link PostNotFoundException}, so a caller that does not redirect answers "not found".
 */
public class PostMovedException extends PostNotFoundException {

    private static final long serialVersionUID = 1L;

    private final transient Slug formerSlug;
    private final transient Slug currentSlug;

    public PostMovedException(Slug formerSlug, Slug currentSlug) {
        super("the post at \"" + formerSlug + "\" has moved to \"" + currentSlug + "\"");
        this.formerSlug = formerSlug;
        this.currentSlug = currentSlug;
    }

    public Slug formerSlug() {
        return formerSlug;
    }

    public Slug currentSlug() {
        return currentSlug;
    }
}

package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** A published translation of a post, as visitors are offered it: where it is and what it is called. */
public record PublishedTranslation(Language language, Slug slug, String title) {

    public PublishedTranslation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
    }

    public static PublishedTranslation of(Post post) {
        if (!post.isPublished()) {
            throw new IllegalArgumentException("only published translations are offered");
        }
        return new PublishedTranslation(post.language(), post.slug(), post.title());
    }
}

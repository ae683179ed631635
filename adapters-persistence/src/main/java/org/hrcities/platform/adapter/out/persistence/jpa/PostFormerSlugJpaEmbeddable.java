package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A row of {@code post_former_slugs}: a slug a post had, in the post's language, within which it leads to
 * that post only.
 */
@Embeddable
public class PostFormerSlugJpaEmbeddable {

    @Column(name = "language", nullable = false)
    String language;

    @Column(name = "slug", nullable = false)
    String slug;

    protected PostFormerSlugJpaEmbeddable() {
    }

    PostFormerSlugJpaEmbeddable(String language, String slug) {
        this.language = Objects.requireNonNull(language, "language");
        this.slug = Objects.requireNonNull(slug, "slug");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostFormerSlugJpaEmbeddable former && former.language.equals(language)
                && former.slug.equals(slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, slug);
    }

    @Override
    public String toString() {
        return language + ":" + slug;
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code post_former_slugs}: a slug a post had, in the post's language, within which it leads to
 * that post only. An entity of its own that {@link JpaPostRepository} writes and reads beside the post,
 * not an element collection of embeddables on {@link PostJpaEntity}: EclipseLink registers such embeddables
 * as objects of their own when a post whose former slugs were just flushed is read again in the same
 * transaction, and then fails to compare them at commit (EclipseLink-69).
 */
@Entity
@Table(name = "post_former_slugs")
@IdClass(PostFormerSlugJpaEntity.Key.class)
public class PostFormerSlugJpaEntity {

    @Id
    @Column(name = "post_id")
    UUID postId;

    @Id
    @Column(name = "slug")
    String slug;

    @Column(name = "language", nullable = false, updatable = false)
    String language;

    protected PostFormerSlugJpaEntity() {
    }

    PostFormerSlugJpaEntity(UUID postId, String language, String slug) {
        this.postId = Objects.requireNonNull(postId, "postId");
        this.language = Objects.requireNonNull(language, "language");
        this.slug = Objects.requireNonNull(slug, "slug");
    }

    /** The primary key {@code (post_id, slug)}. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID postId;
        String slug;

        public Key() {
        }

        Key(UUID postId, String slug) {
            this.postId = postId;
            this.slug = slug;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.postId, postId) && Objects.equals(key.slug, slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, slug);
        }
    }
}

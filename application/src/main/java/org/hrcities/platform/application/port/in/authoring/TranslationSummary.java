package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** Another post of a post's translation group, as the editor's page lists it: in any status. */
public record TranslationSummary(PostId id, Language language, PostStatus status, Slug slug, String title) {

    public TranslationSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
    }

    public static TranslationSummary of(Post post) {
        return new TranslationSummary(post.id(), post.language(), post.status(), post.slug(), post.title());
    }
}

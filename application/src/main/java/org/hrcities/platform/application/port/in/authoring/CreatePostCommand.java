package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Slug;

/**
 * An editor starts a new post, as a draft. Without a slug, the title must yield one
 * ({@code InvalidValueException} on {@code slug} otherwise: a title of punctuation alone does not).
 */
public record CreatePostCommand(PostInput post) {

    public CreatePostCommand {
        Objects.requireNonNull(post, "post");
        if (post.slugOrNull() == null) {
            Slug.fromTitle(post.title());
        }
    }
}

package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * An editor starts a translation of the post {@code original} into {@code language}, writing its title,
 * text, slug and author in {@code post}. The translation is a new draft of the original's translation
 * group; its partner cities, topics, featured image and whether its comments are open are the original's,
 * whatever {@code post} says of them (the editor changes them on the translation afterwards). Without a
 * slug, the slug is derived from the translated title, which must yield one.
 */
public record TranslatePostCommand(PostId original, Language language, PostInput post) {

    public TranslatePostCommand {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(post, "post");
        if (post.slugOrNull() == null) {
            Slug.fromTitle(post.title());
        }
    }
}

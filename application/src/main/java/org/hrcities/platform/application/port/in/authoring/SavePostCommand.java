package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * An editor saves what they wrote into a post, new or stored, and says what becomes of the post
 * then ({@link AfterSaving}): kept as it is, published now, scheduled, or taken back to draft.
 * {@code id} is null for a new post (whose {@code expectedVersion} is 0); a stored post is changed
 * as read at {@code expectedVersion}. A new post is written in {@code languageOrNull}, one of the site's
 * languages ({@code InvalidValueException} on {@code language} otherwise), or in the site's default language
 * when it is null; a stored post keeps its language (a language other than its own is refused: a post in
 * another language is a translation).
 *
 * <p>A new post without a slug must have a title that yields one: {@code InvalidValueException} on
 * {@code slug} otherwise (a title of punctuation alone does not). A stored post without a slug
 * keeps its slug, whatever its title.
 */
public record SavePostCommand(PostId id, long expectedVersion, Language languageOrNull, PostInput post,
                              AfterSaving then) {

    public SavePostCommand {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(then, "then");
        if (id == null) {
            if (expectedVersion != 0) {
                throw new IllegalArgumentException("a new post has no version to expect");
            }
            if (post.slugOrNull() == null) {
                Slug.fromTitle(post.title());
            }
        } else {
            ExpectedVersion.require(expectedVersion);
        }
    }

    /** A post not stored yet, in the site's default language. */
    public static SavePostCommand newPost(PostInput post, AfterSaving then) {
        return new SavePostCommand(null, 0, null, post, then);
    }

    /** A post not stored yet, in {@code language} (null: the site's default). */
    public static SavePostCommand newPost(Language language, PostInput post, AfterSaving then) {
        return new SavePostCommand(null, 0, language, post, then);
    }

    /** A stored post, as the editor read it at {@code expectedVersion}; it keeps its language. */
    public static SavePostCommand storedPost(PostId id, long expectedVersion, PostInput post, AfterSaving then) {
        return new SavePostCommand(Objects.requireNonNull(id, "id"), expectedVersion, null, post, then);
    }

    public boolean isNew() {
        return id == null;
    }
}

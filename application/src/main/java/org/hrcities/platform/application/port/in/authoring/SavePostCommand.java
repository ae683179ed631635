package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;

/**
 * An editor saves what they wrote into a post, new or stored, and says what becomes of the post
 * then ({@link AfterSaving}): kept as it is, published now, scheduled, or taken back to draft.
 * {@code id} is null for a new post (whose {@code expectedVersion} is 0); a stored post is changed
 * as read at {@code expectedVersion}.
 *
 * <p>A new post without a slug must have a title that yields one: {@code InvalidValueException} on
 * {@code slug} otherwise (a title of punctuation alone does not). A stored post without a slug
 * keeps its slug, whatever its title.
 */
public record SavePostCommand(PostId id, long expectedVersion, PostInput post, AfterSaving then) {

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

    /** A post not stored yet. */
    public static SavePostCommand newPost(PostInput post, AfterSaving then) {
        return new SavePostCommand(null, 0, post, then);
    }

    /** A stored post, as the editor read it at {@code expectedVersion}. */
    public static SavePostCommand storedPost(PostId id, long expectedVersion, PostInput post, AfterSaving then) {
        return new SavePostCommand(Objects.requireNonNull(id, "id"), expectedVersion, post, then);
    }

    public boolean isNew() {
        return id == null;
    }
}

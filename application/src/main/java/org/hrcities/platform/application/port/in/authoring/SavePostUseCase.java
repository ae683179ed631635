package org.hrcities.platform.application.port.in.authoring;

/**
 * Editors save a post, new or stored, and with the same click keep, publish, schedule or unpublish
 * it ("Save and publish"). The whole is one change: when any part of it is refused or fails,
 * nothing of it is stored.
 */
public interface SavePostUseCase {

    /**
     * Stores what the editor wrote (a new post as a draft first), then applies
     * {@link SavePostCommand#then()}. Without a slug, a new post's slug is derived from the title,
     * followed by {@code -2}, {@code -3} ... when another post already has it (current or former); a
     * stored post keeps its slug. A new slug of a published post leaves the old one leading to the post.
     *
     * @return the post as stored, at its new version
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if a stored post is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if a stored post is no
     *         longer at the expected version: nothing is changed, never silently overwritten
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if the slug given is
     *         another post's slug; a slug that another post had before is taken over
     * @throws org.hrcities.platform.domain.shared.InvalidValueException with field
     *         {@code partnerCities} if a tagged city does not exist, {@code topics} if no topic has
     *         one of the slugs given (the message names it), or {@code publishAt} if the time to
     *         schedule at is not in the future
     * @throws org.hrcities.platform.domain.post.PostStateException if the post cannot take the step
     *         asked for after saving (publishing a post without a body or one published already,
     *         unpublishing a draft), or a published or scheduled post would lose its body
     */
    PostForEditing savePost(SavePostCommand command);
}

package org.hrcities.platform.application.port.in.authoring;

/** Editors start a new post. */
public interface CreatePostUseCase {

    /**
     * Stores the post as a draft. Without a slug, the slug is derived from the title, followed by
     * {@code -2}, {@code -3} ... when another post already has it (current or former).
     *
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if the slug given is
     *         another post's slug; a slug that another post had before is taken over
     * @throws org.hrcities.platform.domain.shared.InvalidValueException with field
     *         {@code partnerCities} if a tagged city does not exist
     */
    PostForEditing createPost(CreatePostCommand command);
}

package org.hrcities.platform.application.port.in.authoring;

/**
 * Editors translate a post into another of the site's languages: a new draft, of its own, linked to the
 * original and its other translations by their translation group. One change: refused, nothing is stored.
 */
public interface TranslatePostUseCase {

    /**
     * Stores the translation as a new draft. Without a slug, its slug is derived from its title, followed
     * by {@code -2}, {@code -3} ... when another post in its language has it (current or former).
     *
     * @return the translation as stored, with the other posts of its group
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if no post has the id
     *         {@code original}
     * @throws org.hrcities.platform.domain.shared.InvalidValueException with field {@code language} if the
     *         site is not written in the language, or it is the original's own
     * @throws org.hrcities.platform.domain.post.TranslationAlreadyExistsException if the group has a post in
     *         the language already
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if the slug given is another
     *         post's slug in the language
     */
    PostForEditing translatePost(TranslatePostCommand command);
}

package org.hrcities.platform.application.port.in.authoring;

/** Editors change what a post says, its slug, author, tags and whether it takes comments. */
public interface EditPostUseCase {

    /**
     * Applies the edit to the post as the editor read it. A blank slug keeps the slug; a new slug of
     * a published post leaves the old one leading to the post.
     *
     * @throws UnknownPostException if the post is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the post is no longer
     *         at the expected version: nothing is changed, never silently overwritten
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if the slug is another post's slug
     * @throws org.hrcities.platform.domain.post.PostStateException if a published or scheduled post would lose its body
     */
    PostForEditing editPost(EditPostCommand command);
}

package org.hrcities.platform.application.port.in.authoring;

/** Editors delete a post, with its comments and its former slugs, for good. */
public interface DeletePostUseCase {

    /**
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if the post is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the post is no longer at the expected version
     */
    void deletePost(DeletePostCommand command);
}

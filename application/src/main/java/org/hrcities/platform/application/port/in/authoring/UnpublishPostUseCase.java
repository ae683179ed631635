package org.hrcities.platform.application.port.in.authoring;

/** Editors take a published or scheduled post back to draft. */
public interface UnpublishPostUseCase {

    /**
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if the post is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the post is no longer at the expected version
     * @throws org.hrcities.platform.domain.post.PostStateException if it is a draft already
     */
    PostForEditing unpublishPost(UnpublishPostCommand command);
}

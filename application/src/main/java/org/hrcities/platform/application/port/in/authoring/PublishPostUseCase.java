package org.hrcities.platform.application.port.in.authoring;

/** Editors publish a post now. */
public interface PublishPostUseCase {

    /**
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if the post is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the post is no longer at the expected version
     * @throws org.hrcities.platform.domain.post.PostStateException if it is published already or has no body
     */
    PostForEditing publishPost(PublishPostCommand command);
}

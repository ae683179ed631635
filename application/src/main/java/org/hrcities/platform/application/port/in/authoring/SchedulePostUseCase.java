package org.hrcities.platform.application.port.in.authoring;

/** Editors schedule a post to be published later, by {@link PublishDuePostsUseCase}. */
public interface SchedulePostUseCase {

    /**
     * @throws org.hrcities.platform.application.port.in.post.PostNotFoundException if the post is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the post is no longer at the expected version
     * @throws org.hrcities.platform.domain.shared.InvalidValueException with field {@code publishAt} if the time is not in the future
     * @throws org.hrcities.platform.domain.post.PostStateException if it is published already or has no body
     */
    PostForEditing schedulePost(SchedulePostCommand command);
}

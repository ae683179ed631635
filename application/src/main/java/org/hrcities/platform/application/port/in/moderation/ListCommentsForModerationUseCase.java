package org.hrcities.platform.application.port.in.moderation;

/** Moderators list comments by status, post and text, newest first. */
public interface ListCommentsForModerationUseCase {

    ModerationQueue listCommentsForModeration(ListCommentsForModerationQuery query);
}

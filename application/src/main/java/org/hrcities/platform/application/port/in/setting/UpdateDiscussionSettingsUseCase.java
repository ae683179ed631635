package org.hrcities.platform.application.port.in.setting;

import org.hrcities.platform.domain.comment.DiscussionSettings;

/** An administrator changes the discussion settings. */
public interface UpdateDiscussionSettingsUseCase {

    /**
     * Replaces the settings, unless another administrator changed them since they were read.
     *
     * @return the settings as stored, at their new version
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the stored settings are no
     *         longer at the command's expected version
     */
    DiscussionSettings updateDiscussionSettings(UpdateDiscussionSettingsCommand command);
}

package org.hrcities.platform.application.port.in.setting;

import org.hrcities.platform.domain.comment.DiscussionSettings;

/** Administrators read the discussion settings, with the version to send back when they change them. */
public interface ReadDiscussionSettingsUseCase {

    /** The stored settings, or the defaults (version 0) when none were ever stored. */
    DiscussionSettings readDiscussionSettings();
}

package org.hrcities.platform.application.port.in.setting;

import java.util.List;
import org.hrcities.platform.domain.comment.DiscussionSettings;

/**
 * Every discussion setting as the administrator wants it, and the version they read the settings at
 * (0 when they saw the defaults). Validated as {@link DiscussionSettings} is: a command that exists holds
 * valid settings; an invalid value throws {@link org.hrcities.platform.domain.shared.InvalidValueException}
 * naming the field.
 */
public record UpdateDiscussionSettingsCommand(boolean commentsOpenOnNewPosts, int closeCommentsAfterDays,
                                              boolean approveKnownCommenters, int maxLinks,
                                              List<String> moderationWords, List<String> disallowedWords,
                                              int floodIntervalSeconds, int minimumFillSeconds,
                                              int reportThreshold, long expectedVersion,
                                              boolean erasureDeletesComments) {

    /** A command whose erasures anonymise comments. */
    public UpdateDiscussionSettingsCommand(boolean commentsOpenOnNewPosts, int closeCommentsAfterDays,
                                           boolean approveKnownCommenters, int maxLinks,
                                           List<String> moderationWords, List<String> disallowedWords,
                                           int floodIntervalSeconds, int minimumFillSeconds, int reportThreshold,
                                           long expectedVersion) {
        this(commentsOpenOnNewPosts, closeCommentsAfterDays, approveKnownCommenters, maxLinks, moderationWords,
                disallowedWords, floodIntervalSeconds, minimumFillSeconds, reportThreshold, expectedVersion, false);
    }

    public UpdateDiscussionSettingsCommand {
        DiscussionSettings valid = new DiscussionSettings(commentsOpenOnNewPosts, closeCommentsAfterDays,
                approveKnownCommenters, maxLinks, moderationWords, disallowedWords, floodIntervalSeconds,
                minimumFillSeconds, reportThreshold, expectedVersion, erasureDeletesComments);
        moderationWords = valid.moderationWords();
        disallowedWords = valid.disallowedWords();
    }

    /** The settings to store, at the version they were read at. */
    public DiscussionSettings settings() {
        return new DiscussionSettings(commentsOpenOnNewPosts, closeCommentsAfterDays, approveKnownCommenters, maxLinks,
                moderationWords, disallowedWords, floodIntervalSeconds, minimumFillSeconds, reportThreshold,
                expectedVersion, erasureDeletesComments);
    }
}

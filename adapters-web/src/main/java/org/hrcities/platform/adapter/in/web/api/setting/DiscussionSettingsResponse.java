package org.hrcities.platform.adapter.in.web.api.setting;

import java.util.List;
import org.hrcities.platform.domain.comment.DiscussionSettings;

/** The discussion settings as the admin API shows them to administrators; the ETag carries the version. */
public record DiscussionSettingsResponse(boolean commentsOpenOnNewPosts, int closeCommentsAfterDays,
                                         boolean approveKnownCommenters, int maxLinks, List<String> moderationWords,
                                         List<String> disallowedWords, int floodIntervalSeconds, int minimumFillSeconds,
                                         int reportThreshold, long version, boolean erasureDeletesComments) {

    public static DiscussionSettingsResponse from(DiscussionSettings settings) {
        return new DiscussionSettingsResponse(settings.commentsOpenOnNewPosts(), settings.closeCommentsAfterDays(),
                settings.approveKnownCommenters(), settings.maxLinks(), settings.moderationWords(),
                settings.disallowedWords(), settings.floodIntervalSeconds(), settings.minimumFillSeconds(),
                settings.reportThreshold(), settings.version(), settings.erasureDeletesComments());
    }
}

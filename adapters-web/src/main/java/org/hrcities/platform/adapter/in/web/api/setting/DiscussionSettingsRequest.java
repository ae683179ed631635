package org.hrcities.platform.adapter.in.web.api.setting;

import java.util.List;

/**
 * Every discussion setting, as an administrator wants it; none may be left out (the word lists may be
 * empty), but {@code erasureDeletesComments}, which is false when left out.
 */
public record DiscussionSettingsRequest(Boolean commentsOpenOnNewPosts, Integer closeCommentsAfterDays,
                                        Boolean approveKnownCommenters, Integer maxLinks, List<String> moderationWords,
                                        List<String> disallowedWords, Integer floodIntervalSeconds,
                                        Integer minimumFillSeconds, Integer reportThreshold,
                                        Boolean erasureDeletesComments) {
}

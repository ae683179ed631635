package org.hrcities.platform.adapter.out.persistence.jpa;

import java.util.List;
import org.hrcities.platform.domain.comment.DiscussionSettings;

/** Maps the discussion settings to their row and back. */
final class DiscussionSettingsJpaMapper {

    private DiscussionSettingsJpaMapper() {
    }

    static DiscussionSettings toDomain(DiscussionSettingsJpaEntity row) {
        return new DiscussionSettings(row.commentsOpenOnNewPosts, row.closeCommentsAfterDays, row.approveKnownCommenters,
                row.maxLinks, DiscussionSettings.wordsFromLines(row.moderationWords),
                DiscussionSettings.wordsFromLines(row.disallowedWords), row.floodIntervalSeconds, row.minimumFillSeconds,
                row.reportThreshold, row.version, row.erasureDeletesComments);
    }

    /** Writes the settings into the row; the version is left to JPA. */
    static void copyInto(DiscussionSettings settings, DiscussionSettingsJpaEntity row) {
        row.commentsOpenOnNewPosts = settings.commentsOpenOnNewPosts();
        row.closeCommentsAfterDays = settings.closeCommentsAfterDays();
        row.approveKnownCommenters = settings.approveKnownCommenters();
        row.maxLinks = settings.maxLinks();
        row.moderationWords = lines(settings.moderationWords());
        row.disallowedWords = lines(settings.disallowedWords());
        row.floodIntervalSeconds = settings.floodIntervalSeconds();
        row.minimumFillSeconds = settings.minimumFillSeconds();
        row.reportThreshold = settings.reportThreshold();
        row.erasureDeletesComments = settings.erasureDeletesComments();
    }

    private static String lines(List<String> words) {
        return String.join("\n", words);
    }
}

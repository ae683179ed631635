package org.hrcities.platform.adapter.in.web.admin.setting;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;
import org.hrcities.platform.domain.comment.DiscussionSettings;

/**
 * The discussion settings form as typed (numbers kept as text, so a wrong one comes back as typed,
 * word lists one entry per line), the version it was read at, and a message per wrong field.
 */
public record SettingsForm(AdminNav nav, long version, boolean commentsOpenOnNewPosts, String closeCommentsAfterDays,
                           boolean approveKnownCommenters, String maxLinks, String moderationWords,
                           String disallowedWords, String floodIntervalSeconds, String minimumFillSeconds,
                           String reportThreshold, Map<String, String> errors, String formError, String notice,
                           boolean erasureDeletesComments) implements FieldMessages {

    public static SettingsForm of(AdminNav nav, DiscussionSettings settings, String notice) {
        return new SettingsForm(nav, settings.version(), settings.commentsOpenOnNewPosts(),
                Integer.toString(settings.closeCommentsAfterDays()), settings.approveKnownCommenters(),
                Integer.toString(settings.maxLinks()), String.join("\n", settings.moderationWords()),
                String.join("\n", settings.disallowedWords()), Integer.toString(settings.floodIntervalSeconds()),
                Integer.toString(settings.minimumFillSeconds()), Integer.toString(settings.reportThreshold()), Map.of(),
                null, notice, settings.erasureDeletesComments());
    }

    public SettingsForm refused(Map<String, String> fieldErrors, String message) {
        return new SettingsForm(nav, version, commentsOpenOnNewPosts, closeCommentsAfterDays, approveKnownCommenters,
                maxLinks, moderationWords, disallowedWords, floodIntervalSeconds, minimumFillSeconds, reportThreshold,
                fieldErrors == null ? Map.of() : fieldErrors, message, null, erasureDeletesComments);
    }

    /** aria-describedby of a field: its hint and, when refused, its error message. */
    public String describedBy(String field) {
        return hasError(field) ? field + "-hint " + field + "-error" : field + "-hint";
    }
}

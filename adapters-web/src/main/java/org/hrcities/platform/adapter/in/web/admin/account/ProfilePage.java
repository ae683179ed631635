package org.hrcities.platform.adapter.in.web.admin.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.domain.shared.Language;

/**
 * The signed-in member's own page: changing their password, and choosing the moderation digest by
 * email ({@code digestOffered} when the site sends mail; {@code digest} whether they get it, at most once
 * every {@code digestMinutes}), and choosing the language of the admin ({@code adminLanguage}, empty for
 * the site's default, {@code siteDefault}).
 */
public record ProfilePage(AdminNav nav, Map<String, String> errors, String formError, String notice,
                          boolean digestOffered, boolean digest, long digestMinutes, Optional<Language> adminLanguage,
                          Language siteDefault) {

    /** A profile for a member who keeps the site's default language, English. */
    public ProfilePage(AdminNav nav, Map<String, String> errors, String formError, String notice, boolean digestOffered,
                       boolean digest, long digestMinutes) {
        this(nav, errors, formError, notice, digestOffered, digest, digestMinutes, Optional.empty(), AdminTexts.ENGLISH);
    }

    /** The languages the admin speaks, each to be shown in its own name. */
    public List<Language> languages() {
        return AdminTexts.LANGUAGES;
    }

    /** Whether {@code language} is the member's choice; null: whether they keep the site's default. */
    public boolean chose(Language language) {
        return language == null ? adminLanguage.isEmpty() : adminLanguage.filter(language::equals).isPresent();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String describedBy(String field, String hint) {
        return hasError(field) ? field + "-error" : hint;
    }
}

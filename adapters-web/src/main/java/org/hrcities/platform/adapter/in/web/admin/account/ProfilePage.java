package org.hrcities.platform.adapter.in.web.admin.account;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/**
 * The signed-in member's own page: changing their password, and choosing the moderation digest by
 * email ({@code digestOffered} when the site sends mail; {@code digest} whether they get it, at most once
 * every {@code digestMinutes}).
 */
public record ProfilePage(AdminNav nav, Map<String, String> errors, String formError, String notice,
                          boolean digestOffered, boolean digest, long digestMinutes) {

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

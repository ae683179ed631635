package org.hrcities.platform.adapter.in.web.admin.account;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;

/** The signed-in member's own page: changing their password. */
public record ProfilePage(AdminNav nav, Map<String, String> errors, String formError, String notice) {

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

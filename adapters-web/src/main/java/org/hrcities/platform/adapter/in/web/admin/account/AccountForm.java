package org.hrcities.platform.adapter.in.web.admin.account;

import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.domain.account.Role;

/**
 * The form that opens or changes a staff account, as typed, with a message per wrong field.
 * {@code id} is null for a new account; {@code version} is the one the form was read at.
 */
public record AccountForm(AdminNav nav, String id, long version, String email, String displayName, String role,
                          boolean enabled, Map<String, String> errors, String formError) implements FieldMessages {

    public static AccountForm blank(AdminNav nav) {
        return new AccountForm(nav, null, 0, "", "", Role.EDITOR.label(), true, Map.of(), null);
    }

    public static AccountForm of(AdminNav nav, StaffAccount account) {
        return new AccountForm(nav, account.id().toString(), account.version(), account.email().value(),
                account.displayName(), account.role().label(), account.enabled(), Map.of(), null);
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return isNew() ? "/admin/accounts" : "/admin/accounts/" + id;
    }

    public List<String> roles() {
        return List.of(Role.MODERATOR.label(), Role.EDITOR.label(), Role.ADMINISTRATOR.label());
    }

    /** aria-describedby for a field: its error message's id when it has one. */
    public String describedBy(String field) {
        return hasError(field) ? field + "-error" : null;
    }
}

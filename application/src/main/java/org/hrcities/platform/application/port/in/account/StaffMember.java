package org.hrcities.platform.application.port.in.account;

import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.shared.Language;

/**
 * A signed-in member of staff as the admin sees them: who, under which name, allowed what, and the
 * language they chose for the admin (empty: the site's default).
 */
public record StaffMember(AccountId id, String displayName, Role role, Optional<Language> adminLanguage) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(adminLanguage, "adminLanguage");
    }

    /** A member who keeps the site's default language. */
    public StaffMember(AccountId id, String displayName, Role role) {
        this(id, displayName, role, Optional.empty());
    }

    public static StaffMember of(Account account) {
        return new StaffMember(account.id(), account.displayName(), account.role(), account.adminLanguage());
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}

package org.hrcities.platform.application.port.in.account;

import java.util.Objects;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.account.Role;

/** A signed-in member of staff as the admin sees them: who, under which name, allowed what. */
public record StaffMember(AccountId id, String displayName, Role role) {

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    public static StaffMember of(Account account) {
        return new StaffMember(account.id(), account.displayName(), account.role());
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }
}

package org.hrcities.platform.application.port.in.account;

import java.time.Instant;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;

/** An account as administrators manage it: everything but the password hash. */
public record StaffAccount(AccountId id, EmailAddress email, String displayName, Role role, boolean enabled,
                           Instant createdAt, long version) {

    public static StaffAccount of(Account account) {
        return new StaffAccount(account.id(), account.email(), account.displayName(), account.role(),
                account.enabled(), account.createdAt(), account.version());
    }
}

package org.hrcities.platform.application.port.in.account;

import java.util.Objects;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;

/**
 * An administrator changes an account as read at {@code expectedVersion}. A null
 * {@code newPasswordOrNull} keeps the password.
 */
public record ChangeAccountCommand(AccountId id, long expectedVersion, EmailAddress email, String displayName,
                                   Role role, boolean enabled, Password newPasswordOrNull) {

    public ChangeAccountCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        displayName = Account.validDisplayName(displayName);
        Objects.requireNonNull(role, "role");
    }
}

package org.hrcities.platform.application.port.in.account;

import java.util.Objects;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;

/** An administrator opens an account for a new member of staff. */
public record OpenAccountCommand(EmailAddress email, String displayName, Role role, Password password) {

    public OpenAccountCommand {
        Objects.requireNonNull(email, "email");
        displayName = Account.validDisplayName(displayName);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
    }
}

package org.hrcities.platform.application.port.in.account;

import org.hrcities.platform.domain.account.AccountId;

/** No account has this id. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(AccountId id) {
        super("there is no account " + id);
    }

    /** For an id that is not even well-formed. */
    public AccountNotFoundException() {
        super("there is no such account");
    }
}

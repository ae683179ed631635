package org.hrcities.platform.domain.account;

import org.hrcities.platform.domain.shared.DomainException;

/** Another account already signs in with this email address. */
public class EmailAlreadyTakenException extends DomainException {

    public EmailAlreadyTakenException() {
        super("another account already uses this email address");
    }
}

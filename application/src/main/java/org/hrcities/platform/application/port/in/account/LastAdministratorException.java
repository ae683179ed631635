package org.hrcities.platform.application.port.in.account;

import org.hrcities.platform.domain.shared.DomainException;

/** The change would leave the site without an enabled administrator, and so nobody to manage it. */
public class LastAdministratorException extends DomainException {

    public LastAdministratorException() {
        super("this is the last enabled administrator: make another account administrator first");
    }
}

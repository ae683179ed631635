package org.hrcities.platform.application.port.in.account;

import org.hrcities.platform.domain.shared.InvalidValueException;

/** The current password given to confirm a change is not the account's password. */
public class InvalidCurrentPasswordException extends InvalidValueException {

    public InvalidCurrentPasswordException() {
        super("currentPassword", "the current password is not right");
    }
}

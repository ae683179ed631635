package org.hrcities.platform.application.port.in.account;

/** Administrators open an account for a new member of staff. */
public interface OpenAccountUseCase {

    /** @throws org.hrcities.platform.domain.account.EmailAlreadyTakenException if the address is in use */
    StaffAccount openAccount(OpenAccountCommand command);
}

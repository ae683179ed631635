package org.hrcities.platform.application.port.in.account;

import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Password;

/** A member of staff changes their own password, proving they know the current one. */
public interface ChangeOwnPasswordUseCase {

    /**
     * @throws InvalidCurrentPasswordException if {@code currentPassword} is not the account's password
     * @throws AccountNotFoundException if the account is gone
     */
    void changeOwnPassword(AccountId id, String currentPassword, Password newPassword);
}

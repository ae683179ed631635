package org.hrcities.platform.application.port.in.account;

import org.hrcities.platform.domain.account.AccountId;

/** Administrators open one staff account, to change it. */
public interface ReadAccountUseCase {

    /** @throws AccountNotFoundException if there is no such account */
    StaffAccount readAccount(AccountId id);
}

package org.hrcities.platform.application.port.in.account;

import java.util.List;

/** Administrators look through the staff accounts. */
public interface ListAccountsUseCase {

    /** Every account, enabled or not. */
    List<StaffAccount> listAccounts();
}

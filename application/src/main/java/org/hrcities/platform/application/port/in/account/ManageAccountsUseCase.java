package org.hrcities.platform.application.port.in.account;

import java.util.List;
import org.hrcities.platform.domain.account.AccountId;

/**
 * Administrators open, change and disable staff accounts. The site always keeps at least one enabled
 * administrator.
 */
public interface ManageAccountsUseCase {

    List<StaffAccount> listAccounts();

    /** @throws AccountNotFoundException if there is no such account */
    StaffAccount readAccount(AccountId id);

    /** @throws org.hrcities.platform.domain.account.EmailAlreadyTakenException if the address is in use */
    StaffAccount openAccount(OpenAccountCommand command);

    /**
     * @throws AccountNotFoundException if there is no such account
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the account changed since it was read
     * @throws LastAdministratorException if the change would leave no enabled administrator
     */
    StaffAccount changeAccount(ChangeAccountCommand command);
}

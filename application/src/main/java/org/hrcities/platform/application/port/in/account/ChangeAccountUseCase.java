package org.hrcities.platform.application.port.in.account;

/**
 * Administrators change a staff account: its address, name, role, whether it may sign in, and its
 * password. The site always keeps at least one enabled administrator.
 */
public interface ChangeAccountUseCase {

    /**
     * @throws AccountNotFoundException if there is no such account
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the account changed since it was read
     * @throws LastAdministratorException if the change would leave no enabled administrator
     */
    StaffAccount changeAccount(ChangeAccountCommand command);
}

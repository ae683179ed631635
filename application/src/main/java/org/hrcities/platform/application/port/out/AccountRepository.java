package org.hrcities.platform.application.port.out;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.comment.EmailAddress;

/**
 * Stores staff accounts. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface AccountRepository {

    /**
     * Stores a new account (version 0) or the changes to a stored one.
     *
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the stored account is no
     *         longer at {@code account.version()}, or a new account's id is already in use
     * @throws org.hrcities.platform.domain.account.EmailAlreadyTakenException if another account has the
     *         email address (compared without regard to case)
     */
    void save(Account account);

    Optional<Account> findById(AccountId id);

    /** The account that signs in with this address, compared without regard to case. */
    Optional<Account> findByEmail(EmailAddress email);

    /** Every account, by display name. */
    List<Account> findAll();

    long count();
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.comment.EmailAddress;

/** Staff accounts in the {@code staff_accounts} table. */
final class JpaAccountRepository implements AccountRepository {

    private final JpaTransactions transactions;

    JpaAccountRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Account account) {
        EntityManager em = transactions.entityManager();
        AccountJpaEntity row = StoredRows.atVersion(em, AccountJpaEntity.class, account.id().value(), account.version(),
                stored -> stored.version, "account", account.id());
        if (row == null) {
            row = StoredRows.insert(em, new AccountJpaEntity(account.id().value()), "account", account.id());
        }
        AccountJpaMapper.copyInto(account, row);
        Flushing.flush(em, "uq_staff_accounts_email_key", EmailAlreadyTakenException::new, "account", account.id());
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(transactions.entityManager().find(AccountJpaEntity.class, id.value()))
                .map(AccountJpaMapper::toDomain);
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return transactions.entityManager()
                .createQuery("SELECT a FROM AccountJpaEntity a WHERE a.emailKey = :key", AccountJpaEntity.class)
                .setParameter("key", AccountJpaMapper.emailKey(email))
                .getResultStream().findFirst().map(AccountJpaMapper::toDomain);
    }

    @Override
    public List<Account> findAll() {
        return transactions.entityManager()
                .createQuery("SELECT a FROM AccountJpaEntity a ORDER BY a.displayName, a.id", AccountJpaEntity.class)
                .getResultList().stream().map(AccountJpaMapper::toDomain).toList();
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(a) FROM AccountJpaEntity a", Long.class)
                .getSingleResult();
    }
}

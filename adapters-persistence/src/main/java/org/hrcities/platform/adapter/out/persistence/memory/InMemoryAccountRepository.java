package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** Staff accounts in memory. */
final class InMemoryAccountRepository implements AccountRepository {

    private final InMemoryTransactions transactions;
    private final Map<AccountId, Account> byId = new ConcurrentHashMap<>();

    InMemoryAccountRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Account account) {
        transactions.lockForWrite();
        Account stored = byId.get(account.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (account.version() != storedVersion) {
            throw new ConcurrentUpdateException("account", account.id());
        }
        String key = key(account.email());
        boolean emailTaken = byId.values().stream()
                .anyMatch(other -> key(other.email()).equals(key) && !other.id().equals(account.id()));
        if (emailTaken) {
            throw new EmailAlreadyTakenException();
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(account.id());
            } else {
                byId.put(account.id(), stored);
            }
        });
        byId.put(account.id(), Snapshots.copy(account, storedVersion + 1));
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(account -> Snapshots.copy(account, account.version()));
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        transactions.requireTransaction();
        String key = key(email);
        return byId.values().stream().filter(account -> key(account.email()).equals(key)).findFirst()
                .map(account -> Snapshots.copy(account, account.version()));
    }

    @Override
    public List<Account> findAll() {
        transactions.requireTransaction();
        return byId.values().stream()
                .sorted(Comparator.comparing(Account::displayName)
                        .thenComparing(account -> account.id().value(), Snapshots.UUID_BYTE_ORDER))
                .map(account -> Snapshots.copy(account, account.version()))
                .toList();
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }

    private static String key(EmailAddress email) {
        return email.value().toLowerCase(Locale.ROOT);
    }
}

package org.hrcities.platform.application.service.account;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.hrcities.platform.application.port.in.account.AccountNotFoundException;
import org.hrcities.platform.application.port.in.account.ChangeAccountCommand;
import org.hrcities.platform.application.port.in.account.ChangeAccountUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnAdminLanguageUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnPasswordUseCase;
import org.hrcities.platform.application.port.in.account.FindStaffMemberUseCase;
import org.hrcities.platform.application.port.in.account.InvalidCurrentPasswordException;
import org.hrcities.platform.application.port.in.account.LastAdministratorException;
import org.hrcities.platform.application.port.in.account.ListAccountsUseCase;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.OpenAccountUseCase;
import org.hrcities.platform.application.port.in.account.ProvisionAdministratorUseCase;
import org.hrcities.platform.application.port.in.account.ReadAccountUseCase;
import org.hrcities.platform.application.port.in.account.SignInCommand;
import org.hrcities.platform.application.port.in.account.SignInResult;
import org.hrcities.platform.application.port.in.account.SignInUseCase;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.application.port.out.SignInFailuresPort;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;

/**
 * Staff accounts: signing in, the first administrator, administrators managing accounts, and
 * members changing their own password and the language of their admin.
 *
 * <p>One service for nine use cases on one aggregate, which share the password hashing and the
 * sign-in throttle: {@link SignInUseCase}, {@link FindStaffMemberUseCase},
 * {@link ProvisionAdministratorUseCase}, {@link ListAccountsUseCase}, {@link ReadAccountUseCase},
 * {@link OpenAccountUseCase}, {@link ChangeAccountUseCase}, {@link ChangeOwnPasswordUseCase} and
 * {@link ChangeOwnAdminLanguageUseCase}.
 */
public class AccountService implements SignInUseCase, FindStaffMemberUseCase, ProvisionAdministratorUseCase,
        ListAccountsUseCase, ReadAccountUseCase, OpenAccountUseCase, ChangeAccountUseCase, ChangeOwnPasswordUseCase,
        ChangeOwnAdminLanguageUseCase {

    private final AccountRepository accounts;
    private final PasswordHashingPort passwords;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final SignInFailuresPort throttle;
    private final VerifiedPasswords verified;
    /** Checked when no account matches, so that an unknown address takes as long as a wrong password. */
    private volatile PasswordHash decoy;

    /** Accounts whose sign-in failures this process counts by itself: a single running site. */
    public AccountService(AccountRepository accounts, PasswordHashingPort passwords, TransactionPort transactions,
                          ClockPort clock) {
        this(accounts, passwords, new SignInThrottle(), transactions, clock);
    }

    public AccountService(AccountRepository accounts, PasswordHashingPort passwords, SignInFailuresPort failures,
                          TransactionPort transactions, ClockPort clock) {
        this.throttle = Objects.requireNonNull(failures);
        this.accounts = Objects.requireNonNull(accounts);
        this.passwords = Objects.requireNonNull(passwords);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.verified = new VerifiedPasswords(passwords);
    }

    @Override
    public SignInResult signIn(SignInCommand command) {
        String accountKey = "account:" + command.email().toLowerCase(Locale.ROOT);
        String senderKey = command.senderAddress() == null ? null : "address:" + command.senderAddress();
        var now = clock.now();
        Optional<Duration> wait = Stream.of(accountKey, senderKey).filter(Objects::nonNull)
                .map(key -> throttle.waitFor(key, now)).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (wait.isPresent()) {
            return new SignInResult.Throttled(wait.get());
        }
        Optional<Account> account = transactions.inTransaction(() -> findByTypedEmail(command.email()));
        boolean matches = account.isPresent() ? verified.matches(account.get(), command.password(), now)
                : passwords.verify(command.password(), decoy());
        if (account.isPresent() && matches && account.get().enabled()) {
            throttle.recordSuccess(accountKey);
            if (senderKey != null) {
                throttle.recordSuccess(senderKey);
            }
            return new SignInResult.SignedIn(StaffMember.of(account.get()));
        }
        var failedAt = clock.now();
        throttle.recordFailure(accountKey, failedAt);
        if (senderKey != null) {
            throttle.recordFailure(senderKey, failedAt);
        }
        return new SignInResult.Refused();
    }

    private Optional<Account> findByTypedEmail(String typed) {
        try {
            return accounts.findByEmail(EmailAddress.parse(typed));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    private PasswordHash decoy() {
        PasswordHash current = decoy;
        if (current == null) {
            current = passwords.hash(new Password("decoy-password-that-nobody-has-" + AccountId.generate()));
            decoy = current;
        }
        return current;
    }

    @Override
    public Optional<StaffMember> findStaffMember(AccountId id) {
        return transactions.inTransaction(() -> accounts.findById(id).filter(Account::enabled).map(StaffMember::of));
    }

    @Override
    public boolean provisionAdministrator(EmailAddress email, Password password, String displayName) {
        PasswordHash hash = passwords.hash(password);
        try {
            return transactions.inTransaction(() -> {
                if (accounts.findByEmail(email).isPresent()) {
                    return false;
                }
                accounts.save(Account.open(AccountId.generate(), email, displayName, Role.ADMINISTRATOR, hash, clock.now()));
                return true;
            });
        } catch (EmailAlreadyTakenException e) {
            // another instance of the site, starting at the same moment on the same database, opened it first
            return false;
        }
    }

    @Override
    public List<StaffAccount> listAccounts() {
        return transactions.inTransaction(() -> accounts.findAll().stream().map(StaffAccount::of).toList());
    }

    @Override
    public StaffAccount readAccount(AccountId id) {
        return transactions.inTransaction(() -> StaffAccount.of(load(id)));
    }

    @Override
    public StaffAccount openAccount(OpenAccountCommand command) {
        PasswordHash hash = passwords.hash(command.password());
        return transactions.inTransaction(() -> {
            Account account = Account.open(AccountId.generate(), command.email(), command.displayName(), command.role(),
                    hash, clock.now());
            accounts.save(account);
            return StaffAccount.of(accounts.findById(account.id()).orElseThrow());
        });
    }

    @Override
    public StaffAccount changeAccount(ChangeAccountCommand command) {
        PasswordHash newHash = command.newPasswordOrNull() == null ? null : passwords.hash(command.newPasswordOrNull());
        return transactions.inTransaction(() -> {
            Account account = load(command.id());
            if (account.version() != command.expectedVersion()) {
                throw new ConcurrentUpdateException("account", account.id());
            }
            boolean wasAdministrator = account.enabled() && account.role() == Role.ADMINISTRATOR;
            boolean staysAdministrator = command.enabled() && command.role() == Role.ADMINISTRATOR;
            if (wasAdministrator && !staysAdministrator && enabledAdministrators() <= 1) {
                throw new LastAdministratorException();
            }
            account.changeEmail(command.email());
            account.rename(command.displayName());
            account.assignRole(command.role());
            if (command.enabled()) {
                account.enable();
            } else {
                account.disable();
            }
            if (newHash != null) {
                account.changePassword(newHash);
            }
            accounts.save(account);
            return StaffAccount.of(accounts.findById(account.id()).orElseThrow());
        });
    }

    @Override
    public void changeOwnPassword(AccountId id, String currentPassword, Password newPassword) {
        Account account = transactions.inTransaction(() -> load(id));
        if (!passwords.verify(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
            throw new InvalidCurrentPasswordException();
        }
        PasswordHash newHash = passwords.hash(newPassword);
        transactions.inTransaction(() -> {
            Account current = load(id);
            if (current.version() != account.version()) {
                throw new ConcurrentUpdateException("account", id);
            }
            current.changePassword(newHash);
            accounts.save(current);
        });
    }

    @Override
    public void changeOwnAdminLanguage(AccountId id, Optional<Language> language) {
        Objects.requireNonNull(language, "language");
        transactions.inTransaction(() -> {
            Account account = load(id);
            account.chooseAdminLanguage(language);
            accounts.save(account);
        });
    }

    private long enabledAdministrators() {
        return accounts.findAll().stream().filter(a -> a.enabled() && a.role() == Role.ADMINISTRATOR).count();
    }

    private Account load(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
    }
}

package org.hrcities.platform.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hrcities.platform.application.port.in.account.ChangeAccountCommand;
import org.hrcities.platform.application.port.in.account.InvalidCurrentPasswordException;
import org.hrcities.platform.application.port.in.account.LastAdministratorException;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.SignInCommand;
import org.hrcities.platform.application.port.in.account.SignInResult;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

    private static final String PASSWORD = "correct horse battery";

    /** Keeps accounts in a map, versioned as a real adapter does. */
    private static final class Accounts implements AccountRepository {
        final Map<AccountId, Account> byId = new HashMap<>();

        @Override
        public void save(Account account) {
            Account stored = byId.get(account.id());
            if (account.version() != (stored == null ? 0 : stored.version())) {
                throw new ConcurrentUpdateException("account", account.id());
            }
            byId.put(account.id(), Account.reconstitute(account.id(), account.email(), account.displayName(),
                    account.role(), account.passwordHash(), account.enabled(), account.adminLanguage(), account.createdAt(), account.version() + 1));
        }

        @Override
        public Optional<Account> findById(AccountId id) {
            return Optional.ofNullable(byId.get(id)).map(a -> Account.reconstitute(a.id(), a.email(), a.displayName(),
                    a.role(), a.passwordHash(), a.enabled(), a.adminLanguage(), a.createdAt(), a.version()));
        }

        @Override
        public Optional<Account> findByEmail(EmailAddress email) {
            return byId.values().stream().filter(a -> a.email().value().equalsIgnoreCase(email.value())).findFirst()
                    .flatMap(a -> findById(a.id()));
        }

        @Override
        public List<Account> findAll() {
            return byId.values().stream().sorted(Comparator.comparing(Account::displayName))
                    .map(a -> findById(a.id()).orElseThrow()).toList();
        }

        @Override
        public long count() {
            return byId.size();
        }
    }

    /** Not slow and not secure: "hash:" + password, and counts the checks. */
    private static final class Hashing implements PasswordHashingPort {
        int verifications;

        @Override
        public PasswordHash hash(Password password) {
            return new PasswordHash("hash:" + password.value());
        }

        @Override
        public boolean verify(String candidate, PasswordHash hash) {
            verifications++;
            return hash.encoded().equals("hash:" + candidate);
        }
    }

    private static final TransactionPort DIRECT = new TransactionPort() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final Accounts accounts = new Accounts();
    private final Hashing hashing = new Hashing();
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final AccountService service = new AccountService(accounts, hashing, DIRECT, () -> now);
    private AccountId admin;

    @BeforeEach
    void provision_the_first_administrator() {
        assertTrue(service.provisionAdministrator(new EmailAddress("admin@example.org"), new Password(PASSWORD), "Admin"));
        admin = accounts.byId.keySet().iterator().next();
    }

    @Test
    void an_administrator_opened_meanwhile_by_another_instance_counts_as_there() {
        AccountRepository raced = new AccountRepository() {
            @Override
            public void save(Account account) {
                throw new EmailAlreadyTakenException();
            }

            @Override
            public Optional<Account> findById(AccountId id) {
                return Optional.empty();
            }

            @Override
            public Optional<Account> findByEmail(EmailAddress email) {
                return Optional.empty();
            }

            @Override
            public List<Account> findAll() {
                return List.of();
            }

            @Override
            public long count() {
                return 0;
            }
        };
        AccountService starting = new AccountService(raced, hashing, DIRECT, () -> now);

        assertFalse(starting.provisionAdministrator(new EmailAddress("admin@example.org"), new Password(PASSWORD), "Admin"));
    }

    @Test
    void provisioning_again_with_the_same_address_changes_nothing() {
        assertFalse(service.provisionAdministrator(new EmailAddress("ADMIN@example.org"),
                new Password("another password entirely"), "Admin"));
        assertEquals(1, accounts.count());
        assertInstanceOf(SignInResult.SignedIn.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, "10.0.0.1")));
    }

    @Test
    void signs_in_with_the_right_password_whatever_the_case_of_the_address() {
        SignInResult result = service.signIn(new SignInCommand(" Admin@Example.org ", PASSWORD, "10.0.0.1"));
        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class, result);
        assertEquals(admin, signedIn.member().id());
        assertEquals(Role.ADMINISTRATOR, signedIn.member().role());
    }

    @Test
    void refuses_a_wrong_password_an_unknown_address_and_a_malformed_one_alike_and_checks_a_hash_each_time() {
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", "wrong", "10.0.0.1")));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("nobody@example.org", PASSWORD, "10.0.0.2")));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("not an address", PASSWORD, "10.0.0.3")));
        assertEquals(3, hashing.verifications);
    }

    @Test
    void five_failures_for_an_account_lock_it_for_a_delay_that_doubles_and_a_success_clears_it() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInResult.Refused.class,
                    service.signIn(new SignInCommand("admin@example.org", "wrong " + i, "10.0.0." + i)));
        }
        int checked = hashing.verifications;
        SignInResult.Throttled throttled = assertInstanceOf(SignInResult.Throttled.class,
                service.signIn(new SignInCommand("admin@example.org", PASSWORD, "10.9.9.9")));
        assertEquals(5, throttled.retryAfterSeconds());
        assertEquals(checked, hashing.verifications, "a throttled attempt is not checked");

        now = now.plusSeconds(5);
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", "wrong", "10.9.9.9")));
        SignInResult.Throttled longer = assertInstanceOf(SignInResult.Throttled.class,
                service.signIn(new SignInCommand("admin@example.org", PASSWORD, "10.9.9.9")));
        assertEquals(10, longer.retryAfterSeconds());

        now = now.plusSeconds(10);
        assertInstanceOf(SignInResult.SignedIn.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, "10.9.9.9")));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", "wrong", "10.9.9.9")));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", "wrong", "10.9.9.9")));
    }

    @Test
    void five_failures_from_one_address_lock_that_address_for_every_account() {
        for (int i = 0; i < 5; i++) {
            service.signIn(new SignInCommand("guess" + i + "@example.org", "wrong", "192.0.2.7"));
        }
        assertInstanceOf(SignInResult.Throttled.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, "192.0.2.7")));
        assertInstanceOf(SignInResult.SignedIn.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, "192.0.2.8")));
    }

    @Test
    void the_delay_never_exceeds_fifteen_minutes() {
        assertEquals(Duration.ofSeconds(5), SignInThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(40), SignInThrottle.delayAfter(8));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(40));
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_is_no_longer_a_staff_member() {
        StaffAccount ed = service.openAccount(new OpenAccountCommand(new EmailAddress("ed@example.org"), "Ed", Role.EDITOR,
                new Password(PASSWORD)));
        assertTrue(service.findStaffMember(ed.id()).isPresent());
        service.changeAccount(new ChangeAccountCommand(ed.id(), ed.version(), ed.email(), "Ed", Role.EDITOR, false, null));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("ed@example.org", PASSWORD, null)));
        assertTrue(service.findStaffMember(ed.id()).isEmpty());
    }

    @Test
    void the_last_enabled_administrator_can_be_neither_demoted_nor_disabled() {
        StaffAccount only = service.readAccount(admin);
        assertThrows(LastAdministratorException.class, () -> service.changeAccount(new ChangeAccountCommand(admin,
                only.version(), only.email(), "Admin", Role.EDITOR, true, null)));
        assertThrows(LastAdministratorException.class, () -> service.changeAccount(new ChangeAccountCommand(admin,
                only.version(), only.email(), "Admin", Role.ADMINISTRATOR, false, null)));
        StaffAccount second = service.openAccount(new OpenAccountCommand(new EmailAddress("second@example.org"), "Second",
                Role.ADMINISTRATOR, new Password(PASSWORD)));
        StaffAccount demoted = service.changeAccount(new ChangeAccountCommand(admin, only.version(), only.email(), "Admin",
                Role.EDITOR, true, null));
        assertEquals(Role.EDITOR, demoted.role());
        assertEquals(Role.ADMINISTRATOR, service.readAccount(second.id()).role());
    }

    @Test
    void a_stale_change_is_refused() {
        StaffAccount read = service.readAccount(admin);
        service.changeAccount(new ChangeAccountCommand(admin, read.version(), read.email(), "Renamed", Role.ADMINISTRATOR, true, null));
        assertThrows(ConcurrentUpdateException.class, () -> service.changeAccount(new ChangeAccountCommand(admin,
                read.version(), read.email(), "Stale", Role.ADMINISTRATOR, true, null)));
        assertEquals("Renamed", service.readAccount(admin).displayName());
    }

    @Test
    void a_password_checked_once_is_not_hashed_again_for_ten_minutes_unless_it_changed() {
        service.signIn(new SignInCommand("admin@example.org", PASSWORD, null));
        int checked = hashing.verifications;
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(SignInResult.SignedIn.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, null)));
        }
        assertEquals(checked, hashing.verifications);
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", "wrong", null)));
        assertEquals(checked + 1, hashing.verifications, "a wrong password is always hashed");

        now = now.plus(VerifiedPasswords.MEMORY);
        service.signIn(new SignInCommand("admin@example.org", PASSWORD, null));
        assertEquals(checked + 2, hashing.verifications);

        service.changeOwnPassword(admin, PASSWORD, new Password("a brand new passphrase"));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, null)),
                "the old password stops working at once");
    }

    @Test
    void changing_ones_own_password_needs_the_current_one() {
        assertThrows(InvalidCurrentPasswordException.class,
                () -> service.changeOwnPassword(admin, "not it", new Password("a brand new passphrase")));
        service.changeOwnPassword(admin, PASSWORD, new Password("a brand new passphrase"));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(new SignInCommand("admin@example.org", PASSWORD, null)));
        assertInstanceOf(SignInResult.SignedIn.class,
                service.signIn(new SignInCommand("admin@example.org", "a brand new passphrase", null)));
    }

    @Test
    void a_member_chooses_the_language_of_their_admin_and_is_known_by_it_on_the_next_request() {
        assertEquals(Optional.empty(), service.findStaffMember(admin).orElseThrow().adminLanguage());

        service.changeOwnAdminLanguage(admin, Optional.of(Language.parse("de")));
        assertEquals(Optional.of(Language.parse("de")), service.findStaffMember(admin).orElseThrow().adminLanguage());

        service.changeOwnAdminLanguage(admin, Optional.empty());
        assertEquals(Optional.empty(), service.findStaffMember(admin).orElseThrow().adminLanguage());
    }
}

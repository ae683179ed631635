package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} must do. */
public abstract class AccountRepositoryContract extends StorageContract {

    private static Account account(String email, String name, Role role) {
        return Account.open(AccountId.generate(), new EmailAddress(email), name, role,
                new PasswordHash("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="), T0);
    }

    @Test
    void stores_an_account_and_finds_it_by_id_and_by_email_without_regard_to_case() {
        Account ana = account("Ana.Lopez@example.org", "Ana López", Role.EDITOR);
        inTx(() -> storage.accounts().save(ana));
        for (Account found : List.of(inTx(() -> storage.accounts().findById(ana.id())).orElseThrow(),
                inTx(() -> storage.accounts().findByEmail(EmailAddress.parse("ana.lopez@EXAMPLE.org"))).orElseThrow())) {
            assertEquals(ana.id(), found.id());
            assertEquals("Ana.Lopez@example.org", found.email().value());
            assertEquals("Ana López", found.displayName());
            assertEquals(Role.EDITOR, found.role());
            assertEquals(ana.passwordHash(), found.passwordHash());
            assertTrue(found.enabled());
            assertEquals(T0, found.createdAt());
            assertTrue(found.version() > 0);
        }
        assertEquals(Optional.empty(), inTx(() -> storage.accounts().findByEmail(new EmailAddress("nobody@example.org"))));
    }

    @Test
    void email_addresses_are_unique_without_regard_to_case() {
        inTx(() -> storage.accounts().save(account("ana@example.org", "Ana", Role.EDITOR)));
        assertThrows(EmailAlreadyTakenException.class,
                () -> inTx(() -> storage.accounts().save(account("ANA@example.org", "Another Ana", Role.MODERATOR))));
        assertEquals(1, inTx(() -> storage.accounts().count()));
    }

    @Test
    void stores_changes_and_refuses_a_stale_save() {
        Account ana = account("ana@example.org", "Ana", Role.MODERATOR);
        inTx(() -> storage.accounts().save(ana));
        Account first = inTx(() -> storage.accounts().findById(ana.id())).orElseThrow();
        Account second = inTx(() -> storage.accounts().findById(ana.id())).orElseThrow();
        first.assignRole(Role.ADMINISTRATOR);
        first.disable();
        inTx(() -> storage.accounts().save(first));
        second.rename("Ana L.");
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.accounts().save(second)));
        Account stored = inTx(() -> storage.accounts().findById(ana.id())).orElseThrow();
        assertEquals(Role.ADMINISTRATOR, stored.role());
        assertEquals("Ana", stored.displayName());
        assertEquals(false, stored.enabled());
        assertTrue(stored.version() > first.version());
    }

    @Test
    void stores_the_admin_language_a_member_chose_and_its_removal() {
        Account ana = account("ana@example.org", "Ana", Role.EDITOR);
        inTx(() -> storage.accounts().save(ana));
        assertEquals(Optional.empty(), inTx(() -> storage.accounts().findById(ana.id())).orElseThrow().adminLanguage());

        Account french = inTx(() -> storage.accounts().findById(ana.id())).orElseThrow();
        french.chooseAdminLanguage(Optional.of(Language.parse("fr")));
        inTx(() -> storage.accounts().save(french));
        assertEquals(Optional.of(Language.parse("fr")),
                inTx(() -> storage.accounts().findById(ana.id())).orElseThrow().adminLanguage());

        Account siteDefault = inTx(() -> storage.accounts().findById(ana.id())).orElseThrow();
        siteDefault.chooseAdminLanguage(Optional.empty());
        inTx(() -> storage.accounts().save(siteDefault));
        assertEquals(Optional.empty(),
                inTx(() -> storage.accounts().findByEmail(EmailAddress.parse("ana@example.org"))).orElseThrow().adminLanguage());
    }

    @Test
    void lists_every_account_by_display_name() {
        inTx(() -> {
            storage.accounts().save(account("zoe@example.org", "Zoé", Role.EDITOR));
            storage.accounts().save(account("ben@example.org", "Ben", Role.ADMINISTRATOR));
            storage.accounts().save(account("mia@example.org", "Mia", Role.MODERATOR));
        });
        assertEquals(List.of("Ben", "Mia", "Zoé"),
                inTx(() -> storage.accounts().findAll()).stream().map(Account::displayName).toList());
        assertEquals(3, inTx(() -> storage.accounts().count()));
    }

    @Test
    void a_failed_transaction_leaves_no_account_behind() {
        assertThrows(EmailAlreadyTakenException.class, () -> inTx(() -> {
            storage.accounts().save(account("ana@example.org", "Ana", Role.EDITOR));
            storage.accounts().save(account("ANA@example.org", "Ana again", Role.EDITOR));
        }));
        assertEquals(0, inTx(() -> storage.accounts().count()));
    }
}

package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AccountJpaMapperTest {

    @Test
    void an_account_survives_the_round_trip_through_its_row() {
        Account account = Account.open(AccountId.generate(), EmailAddress.parse("Ana@Example.org"), "Ana", Role.MODERATOR,
                new PasswordHash("hash"), Instant.parse("2024-05-06T07:08:09.123456Z"));
        account.disable();
        account.chooseAdminLanguage(Optional.of(Language.parse("de")));
        AccountJpaEntity row = new AccountJpaEntity(account.id().value());
        AccountJpaMapper.copyInto(account, row);
        row.version = 3;

        Account back = AccountJpaMapper.toDomain(row);

        assertEquals("ana@example.org", row.emailKey);
        assertEquals(account.id(), back.id());
        assertEquals(account.email(), back.email());
        assertEquals(account.displayName(), back.displayName());
        assertEquals(account.role(), back.role());
        assertEquals(account.passwordHash(), back.passwordHash());
        assertEquals(account.enabled(), back.enabled());
        assertEquals("de", row.adminLanguage);
        assertEquals(Optional.of(Language.parse("de")), back.adminLanguage());
        assertEquals(account.createdAt(), back.createdAt());
        assertEquals(3, back.version());
    }

    @Test
    void an_account_without_a_chosen_admin_language_keeps_none() {
        Account account = Account.open(AccountId.generate(), EmailAddress.parse("ana@example.org"), "Ana", Role.EDITOR,
                new PasswordHash("hash"), Instant.parse("2024-05-06T07:08:09Z"));
        AccountJpaEntity row = new AccountJpaEntity(account.id().value());
        AccountJpaMapper.copyInto(account, row);

        assertEquals(null, row.adminLanguage);
        assertEquals(Optional.empty(), AccountJpaMapper.toDomain(row).adminLanguage());
    }
}

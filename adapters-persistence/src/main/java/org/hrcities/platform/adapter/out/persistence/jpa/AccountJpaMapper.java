package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.Language;

/** Maps staff accounts to their rows and back. */
final class AccountJpaMapper {

    private AccountJpaMapper() {
    }

    static String emailKey(EmailAddress email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    static void copyInto(Account account, AccountJpaEntity row) {
        row.email = account.email().value();
        row.emailKey = emailKey(account.email());
        row.displayName = account.displayName();
        row.role = account.role().name();
        row.passwordHash = account.passwordHash().encoded();
        row.enabled = account.enabled();
        row.adminLanguage = account.adminLanguage().map(Language::code).orElse(null);
        row.createdAt = account.createdAt().atOffset(ZoneOffset.UTC);
    }

    static Account toDomain(AccountJpaEntity row) {
        return Account.reconstitute(new AccountId(row.id), new EmailAddress(row.email), row.displayName,
                Role.valueOf(row.role), new PasswordHash(row.passwordHash), row.enabled,
                Optional.ofNullable(row.adminLanguage).map(Language::new), row.createdAt.toInstant(), row.version);
    }
}

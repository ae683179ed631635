package org.hrcities.platform.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String PASSWORD = "correct horse battery";

    /** "hash:" + password, counting the checks. */
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

    private final Hashing hashing = new Hashing();
    private final VerifiedPasswords verified = new VerifiedPasswords(hashing);

    @Test
    void an_expired_check_is_dropped_when_met_not_kept() {
        Account account = account(1);
        assertTrue(verified.matches(account, PASSWORD, NOW));
        assertEquals(1, verified.size());
        assertEquals(false, verified.matches(account, "wrong", NOW.plus(VerifiedPasswords.MEMORY)));
        assertEquals(0, verified.size());
    }

    @Test
    void at_its_limit_it_forgets_the_expired_checks_first_and_never_grows_beyond_it() {
        for (int i = 0; i < VerifiedPasswords.LIMIT; i++) {
            verified.matches(account(i), PASSWORD, NOW);
        }
        assertEquals(VerifiedPasswords.LIMIT, verified.size());
        Instant later = NOW.plus(VerifiedPasswords.MEMORY).plusSeconds(1);
        Account fresh = account(VerifiedPasswords.LIMIT);
        assertTrue(verified.matches(fresh, PASSWORD, later));
        assertEquals(1, verified.size(), "only the fresh check is left");
        int checks = hashing.verifications;
        assertTrue(verified.matches(fresh, PASSWORD, later));
        assertEquals(checks, hashing.verifications, "and it is still used");

        for (int i = 0; i < VerifiedPasswords.LIMIT + 10; i++) {
            verified.matches(account(VerifiedPasswords.LIMIT + 1 + i), PASSWORD, later);
            assertTrue(verified.size() <= VerifiedPasswords.LIMIT);
        }
    }

    private static Account account(int n) {
        return Account.open(new AccountId(new java.util.UUID(0, n)), new EmailAddress("staff" + n + "@example.org"),
                "Staff " + n, Role.EDITOR, new PasswordHash("hash:" + PASSWORD), NOW);
    }
}

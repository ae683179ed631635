package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordsTest {

    /** Few iterations, for tests that only need working hashes. */
    static Pbkdf2Passwords fast() {
        return new Pbkdf2Passwords(new Pbkdf2PasswordHashImpl(), 10_000);
    }

    @Test
    void hashes_with_a_salt_and_the_configured_iterations_and_verifies_only_the_right_password() {
        Pbkdf2Passwords passwords = new Pbkdf2Passwords(new Pbkdf2PasswordHashImpl(), 20_000);
        PasswordHash first = passwords.hash(new Password("correct horse battery"));
        PasswordHash second = passwords.hash(new Password("correct horse battery"));

        assertTrue(first.encoded().startsWith("PBKDF2WithHmacSHA256:20000:"), first.encoded());
        assertNotEquals(first, second, "every hash has its own salt");
        assertTrue(passwords.verify("correct horse battery", first));
        assertTrue(passwords.verify("correct horse battery", second));
        assertFalse(passwords.verify("correct horse batterY", first));
        assertFalse(passwords.verify("", first));
    }

    @Test
    void a_hash_made_with_other_iterations_still_verifies() {
        PasswordHash old = new Pbkdf2Passwords(new Pbkdf2PasswordHashImpl(), 10_000).hash(new Password("correct horse battery"));
        assertTrue(new Pbkdf2Passwords(new Pbkdf2PasswordHashImpl(), 30_000).verify("correct horse battery", old));
    }

    @Test
    void a_malformed_stored_hash_verifies_nothing() {
        assertFalse(fast().verify("anything at all", new PasswordHash("not-a-pbkdf2-hash")));
    }

    @Test
    void refuses_too_few_iterations() {
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2Passwords(new Pbkdf2PasswordHashImpl(), 1000));
    }
}

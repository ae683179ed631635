package org.hrcities.platform.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static Account editor() {
        return Account.open(AccountId.generate(), new EmailAddress("ed@example.org"), "Ed", Role.EDITOR,
                new PasswordHash("hash"), Instant.EPOCH);
    }

    @Test
    void each_role_includes_the_permissions_of_the_roles_below_it() {
        assertEquals(EnumSet.of(Permission.MODERATE_COMMENTS), EnumSet.copyOf(
                EnumSet.allOf(Permission.class).stream().filter(Role.MODERATOR::may).toList()));
        assertTrue(Role.EDITOR.may(Permission.WRITE_POSTS));
        assertTrue(Role.EDITOR.may(Permission.MODERATE_COMMENTS));
        assertFalse(Role.EDITOR.may(Permission.MANAGE_ACCOUNTS));
        assertFalse(Role.EDITOR.may(Permission.MANAGE_PARTNER_CITIES));
        for (Permission permission : Permission.values()) {
            assertTrue(Role.ADMINISTRATOR.may(permission));
        }
        assertEquals(EnumSet.of(Role.EDITOR, Role.ADMINISTRATOR), Role.holding(Permission.WRITE_POSTS));
    }

    @Test
    void a_disabled_account_may_do_nothing() {
        Account account = editor();
        account.disable();
        assertFalse(account.may(Permission.MODERATE_COMMENTS));
        account.enable();
        assertTrue(account.may(Permission.MODERATE_COMMENTS));
    }

    @Test
    void roles_are_read_as_typed_and_unknown_roles_are_refused_by_name() {
        assertEquals(Role.MODERATOR, Role.parse(" moderator "));
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Role.parse("root"));
        assertEquals("role", refused.field());
    }

    @Test
    void passwords_need_twelve_characters_and_never_print() {
        assertEquals("password", assertThrows(InvalidValueException.class, () -> new Password("short-pass1")).field());
        assertThrows(InvalidValueException.class, () -> new Password("twelve chars\u0000"));
        Password password = new Password("correct horse battery");
        assertFalse(password.toString().contains("horse"));
        assertFalse(new PasswordHash("secret-hash").toString().contains("secret"));
    }

    @Test
    void display_names_are_single_lines() {
        Account account = editor();
        assertThrows(InvalidValueException.class, () -> account.rename("Ed\nEvil"));
        account.rename("  Edith  ");
        assertEquals("Edith", account.displayName());
    }
}

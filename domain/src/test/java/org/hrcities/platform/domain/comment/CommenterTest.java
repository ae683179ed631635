package org.hrcities.platform.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommenterTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@b.c", "two@@example.org", "sp ace@example.org",
            "<x>@example.org", "a@-example.org", "a@example..org", "a\u0001b@example.org"})
    void refuses_malformed_email_addresses(String value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EmailAddress.parse(value));
        assertEquals("email", e.field());
    }

    @Test
    void lower_cases_the_domain_of_an_email_address_but_keeps_the_local_part() {
        assertEquals("Amira.H@example.org", EmailAddress.parse(" Amira.H@Example.ORG ").value());
    }

    @Test
    void refuses_email_addresses_over_100_characters() {
        String local = "a".repeat(EmailAddress.MAX_LENGTH - "@example.org".length() + 1);
        assertThrows(InvalidValueException.class, () -> EmailAddress.parse(local + "@example.org"));
    }

    @Test
    void the_name_is_required_and_at_most_245_characters() {
        EmailAddress email = EmailAddress.parse("a@example.org");
        assertThrows(InvalidValueException.class, () -> new Commenter(" ", email, null));
        assertThrows(InvalidValueException.class, () -> new Commenter("n".repeat(246), email, null));
        assertEquals(245, new Commenter("n".repeat(245), email, null).name().length());
    }

    @Test
    void comment_text_is_required_and_at_most_65525_bytes() {
        assertThrows(InvalidValueException.class, () -> new CommentText("   "));
        assertThrows(InvalidValueException.class, () -> new CommentText("x".repeat(CommentText.MAX_BYTES + 1)));
        assertThrows(InvalidValueException.class, () -> new CommentText("nul \u0000 byte"));
        assertEquals(CommentText.MAX_BYTES, new CommentText("x".repeat(CommentText.MAX_BYTES)).value().length());
    }
}

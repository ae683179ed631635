package org.hrcities.platform.domain.comment;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The email address a commenter gives. It lets editors reach the commenter and recognise a returning
 * one; it is never shown to the public.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 100;

    /** Pragmatic check: one @, a local part, a domain with a dot, no spaces or brackets. */
    private static final Pattern FORMAT = Pattern.compile(
            "[^@\\s<>()\\[\\]\\\\,;:\"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,63}");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "email is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("email", "email must be at most " + MAX_LENGTH + " characters long");
        }
        if (!FORMAT.matcher(value).matches() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidValueException("email", "email must be an address such as name@example.org");
        }
    }

    /** Reads an address as typed: surrounding spaces are ignored and the domain is lower-cased. */
    public static EmailAddress parse(String input) {
        if (input == null) {
            throw new InvalidValueException("email", "email is required");
        }
        String text = input.strip();
        int at = text.lastIndexOf('@');
        if (at > 0) {
            text = text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT);
        }
        return new EmailAddress(text);
    }

    /** Masks the address in logs and messages. */
    @Override
    public String toString() {
        return "EmailAddress[***]";
    }
}

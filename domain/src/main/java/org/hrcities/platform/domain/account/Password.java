package org.hrcities.platform.domain.account;

import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * A new password as chosen by a person, checked against the rules for staff passwords (at least 12
 * characters, at most 200, as NIST SP 800-63B suggests: length rather than composition rules).
 * It never prints its value.
 */
public record Password(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    public Password {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("password", "password is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw new InvalidValueException("password", "password must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValueException("password", "password must be at most " + MAX_LENGTH + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("password", "password must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}

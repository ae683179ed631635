package org.hrcities.platform.domain.account;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a staff account for its whole life, whatever its email address becomes. */
public record AccountId(UUID value) {

    public AccountId {
        if (value == null) {
            throw new InvalidValueException("accountId", "account id is required");
        }
    }

    public static AccountId generate() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("accountId", "account id must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

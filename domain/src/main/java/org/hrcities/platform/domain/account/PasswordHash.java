package org.hrcities.platform.domain.account;

/**
 * A password as stored: the encoded output of a slow salted hash, opaque to the domain. It never
 * prints its value.
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("a password hash must not be empty");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}

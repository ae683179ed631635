package org.hrcities.platform.domain.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Tells readers who report comments apart without keeping their network address: the SHA-256 of a
 * fixed prefix and the address, in lower-case hexadecimal. The same address always gives the same key,
 * so that one reader counts once per comment; the address cannot be read back from it.
 */
public record ReporterKey(String value) {

    /** Put before the address, so that the key is not a plain hash of an address found in other tables. */
    static final String PREFIX = "hrc-comment-report:";
    public static final int LENGTH = 64;

    public ReporterKey {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new InvalidValueException("reporter", "a reporter's key is 64 lower-case hexadecimal digits");
        }
    }

    /** The key of the reader at this network address (as {@link Comment#validSenderAddress} checks it). */
    public static ReporterKey ofAddress(String address) {
        if (address == null) {
            throw new InvalidValueException("senderAddress", "a reporter's address is required");
        }
        Comment.validSenderAddress(address);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((PREFIX + address).getBytes(StandardCharsets.UTF_8));
            return new ReporterKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ReporterKey[" + value.substring(0, 8) + "…]";
    }
}

package org.hrcities.platform.application.service.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.SiteKeyPort;

/**
 * Tokens for the links the site mails: what the link is for ({@code purpose}), whom or what it
 * concerns ({@code subject}: an id, never an email address) and until when it works, signed with the
 * site's key (HMAC-SHA256, 128 bits kept), so that nobody can make one up or change it, and a link
 * meant for one purpose does nothing for another. The token reads
 * {@code base64url(subject "." expiry) "." base64url(signature)}; an expiry of 0 never ends.
 */
public final class SignedLinks {

    static final String KEY_NAME = "mail-links";
    private static final int SIGNATURE_BYTES = 16;
    private static final int MAX_TOKEN_LENGTH = 400;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SiteKeyPort keys;
    private final ClockPort clock;

    public SignedLinks(SiteKeyPort keys, ClockPort clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a token turned out to be. */
    public sealed interface Check permits Valid, Expired, Invalid {
    }

    /** Signed by the site for this purpose and still in time: {@code subject} is what it concerns. */
    public record Valid(String subject) implements Check {
    }

    /** Signed by the site for this purpose, but its time is over. */
    public record Expired() implements Check {
    }

    /** Not a token the site signed for this purpose (malformed, altered, or for another purpose). */
    public record Invalid() implements Check {
    }

    /**
     * A token for {@code subject} (an id: letters, digits and {@code -}, at most 100 characters)
     * that works for {@code purpose} until {@code expiresOrNull} (null: always).
     */
    public String sign(String purpose, String subject, Instant expiresOrNull) {
        requirePurpose(purpose);
        if (subject == null || subject.isEmpty() || subject.length() > 100 || !subject.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("a subject is an id of letters, digits and dashes");
        }
        long expiry = expiresOrNull == null ? 0 : Math.max(1, expiresOrNull.getEpochSecond());
        String payload = subject + "." + expiry;
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
                + ENCODER.encodeToString(signature(purpose, payload));
    }

    /** Checks a token for {@code purpose} as a link brought it; never throws for what a link may hold. */
    public Check check(String purpose, String token) {
        requirePurpose(purpose);
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return new Invalid();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            return new Invalid();
        }
        String payload;
        byte[] given;
        try {
            payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            given = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return new Invalid();
        }
        if (!MessageDigest.isEqual(given, signature(purpose, payload))) {
            return new Invalid();
        }
        int split = payload.lastIndexOf('.');
        long expiry;
        try {
            expiry = Long.parseLong(payload.substring(split + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException malformed) {
            return new Invalid();
        }
        if (expiry != 0 && !clock.now().isBefore(Instant.ofEpochSecond(expiry))) {
            return new Expired();
        }
        return new Valid(payload.substring(0, split));
    }

    private byte[] signature(String purpose, String payload) {
        byte[] signed = (purpose + "\n" + payload).getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(keys.sign(KEY_NAME, signed), SIGNATURE_BYTES);
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a purpose is one word");
        }
    }
}

package org.hrcities.platform.bootstrap;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;

/**
 * Staff passwords hashed with Jakarta Security's PBKDF2 (HMAC-SHA-256, a random 32-byte salt per
 * password). The iteration count of new hashes is configurable; a stored hash carries its own, so
 * raising the count later keeps every existing password working.
 */
public final class Pbkdf2Passwords implements PasswordHashingPort {

    /** The iteration count of new hashes when {@code hrc.password.iterations} does not set one. */
    public static final int DEFAULT_ITERATIONS = 310_000;

    private final Pbkdf2PasswordHash hash;

    public Pbkdf2Passwords(Pbkdf2PasswordHash hash, int iterations) {
        if (iterations < 10_000) {
            throw new IllegalArgumentException("hrc.password.iterations must be at least 10000");
        }
        this.hash = Objects.requireNonNull(hash);
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(hash.generate(password.value().toCharArray()));
    }

    @Override
    public boolean verify(String candidate, PasswordHash stored) {
        try {
            return hash.verify(candidate.toCharArray(), stored.encoded());
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }
}

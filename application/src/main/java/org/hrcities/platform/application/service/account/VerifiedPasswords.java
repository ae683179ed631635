package org.hrcities.platform.application.service.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.PasswordHash;

/**
 * Checks passwords with the slow hash, and remembers a successful check for a while so that an API
 * client sending its credentials with every request (HTTP Basic) costs one slow hash, not one per
 * request. What is remembered is a SHA-256 digest of the password behind a random secret that
 * lives only in this process, tied to the stored hash it was checked against: a changed password is checked afresh at
 * once, and failures are never remembered (throttling sees every one).
 */
final class VerifiedPasswords {

    static final Duration MEMORY = Duration.ofMinutes(10);
    private static final int LIMIT = 10_000;

    private record Verified(PasswordHash against, byte[] digest, Instant at) {
    }

    private final PasswordHashingPort passwords;
    private final byte[] secret = new byte[32];
    private final Map<AccountId, Verified> recent = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordHashingPort passwords) {
        this.passwords = passwords;
        new SecureRandom().nextBytes(secret);
    }

    boolean matches(Account account, String candidate, Instant now) {
        byte[] digest = digest(candidate);
        Verified known = recent.get(account.id());
        if (known != null && known.against.equals(account.passwordHash()) && known.at.plus(MEMORY).isAfter(now)
                && MessageDigest.isEqual(known.digest, digest)) {
            return true;
        }
        boolean matches = passwords.verify(candidate, account.passwordHash());
        if (matches) {
            if (recent.size() >= LIMIT) {
                recent.clear();
            }
            recent.put(account.id(), new Verified(account.passwordHash(), digest, now));
        }
        return matches;
    }

    private byte[] digest(String candidate) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(secret);
            return sha256.digest(candidate.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

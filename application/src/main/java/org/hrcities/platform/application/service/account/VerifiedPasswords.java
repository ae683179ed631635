package org.hrcities.platform.application.service.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.PasswordHash;

/**
 * Checks passwords with the slow hash, and remembers a successful check for a while so that an API
 * client sending its credentials with every request (HTTP Basic) costs one slow hash, not one per
 * request. What is remembered is an HMAC of the password under a key that lives only in this
 * process, tied to the stored hash it was checked against: a changed password is checked afresh at
 * once, and failures are never remembered (throttling sees every one).
 */
final class VerifiedPasswords {

    static final Duration MEMORY = Duration.ofMinutes(10);
    private static final int LIMIT = 10_000;

    private record Verified(PasswordHash against, byte[] digest, Instant at) {
    }

    private final PasswordHashingPort passwords;
    private final SecretKeySpec key;
    private final Map<AccountId, Verified> recent = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordHashingPort passwords) {
        this.passwords = passwords;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
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
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(candidate.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

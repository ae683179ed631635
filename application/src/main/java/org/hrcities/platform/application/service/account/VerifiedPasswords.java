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
 * <p>
 * Bounded by a count, with expiry: it holds one entry per account whose password matched
 * within {@link #MEMORY} (an id, a stored hash and a 32-byte digest, under 1 KB), so only staff with
 * their passwords can add to it, and never more than {@value #LIMIT} entries (a few MB), which is far
 * above the number of staff accounts. An entry older than {@link #MEMORY} is never used: it is dropped
 * when met, and all such entries are when the limit is reached; should that free nothing, everything
 * is forgotten, which costs one slow hash per account and nothing else.
 */
final class VerifiedPasswords {

    static final Duration MEMORY = Duration.ofMinutes(10);
    static final int LIMIT = 10_000;

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
        if (known != null && isExpired(known, now)) {
            recent.remove(account.id(), known);
            known = null;
        }
        if (known != null && known.against.equals(account.passwordHash()) && MessageDigest.isEqual(known.digest, digest)) {
            return true;
        }
        boolean matches = passwords.verify(candidate, account.passwordHash());
        if (matches) {
            if (recent.size() >= LIMIT) {
                recent.values().removeIf(entry -> isExpired(entry, now));
            }
            if (recent.size() >= LIMIT) {
                recent.clear();
            }
            recent.put(account.id(), new Verified(account.passwordHash(), digest, now));
        }
        return matches;
    }

    /** How many accounts are remembered. */
    int size() {
        return recent.size();
    }

    private static boolean isExpired(Verified entry, Instant now) {
        return !entry.at.plus(MEMORY).isAfter(now);
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

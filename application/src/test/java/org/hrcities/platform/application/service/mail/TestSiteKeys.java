package org.hrcities.platform.application.service.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.hrcities.platform.application.port.out.SiteKeyPort;

/** Site keys for the services' tests: a SHA-256 of a seed, the key's name and the data, the same every run. */
public final class TestSiteKeys {

    private TestSiteKeys() {
    }

    /** Signatures that depend on {@code seed}: two seeds are two sites. */
    public static SiteKeyPort seeded(int seed) {
        return (keyName, data) -> {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update((seed + "\n" + keyName + "\n").getBytes(StandardCharsets.UTF_8));
                return sha256.digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}

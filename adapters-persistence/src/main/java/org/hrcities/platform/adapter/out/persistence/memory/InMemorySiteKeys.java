package org.hrcities.platform.adapter.out.persistence.memory;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.hrcities.platform.adapter.out.persistence.Hmac;
import org.hrcities.platform.application.port.out.SiteKeyPort;

/** Keys drawn at random for the life of the process: links signed with them stop working at a restart, as the data does. */
final class InMemorySiteKeys implements SiteKeyPort {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys = new HashMap<>();

    @Override
    public byte[] sign(String keyName, byte[] data) {
        byte[] key;
        synchronized (this) {
            key = keys.computeIfAbsent(keyName, unused -> {
                byte[] drawn = new byte[Hmac.KEY_LENGTH];
                random.nextBytes(drawn);
                return drawn;
            });
        }
        return Hmac.sha256(key, data);
    }
}

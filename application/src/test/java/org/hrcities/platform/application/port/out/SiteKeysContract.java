package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SiteKeyPort} does. */
public abstract class SiteKeysContract {

    private static final byte[] DATA = "unsubscribe\n1b4e28ba-2fa1-11d2-883f-0016d3cca427.0".getBytes(StandardCharsets.UTF_8);

    protected abstract MailStorageUnderTest emptyStorage();

    @Test
    void signs_with_a_key_drawn_once_and_the_same_for_every_process() {
        MailStorageUnderTest storage = emptyStorage();
        String name = "key-" + UUID.randomUUID();
        byte[] signature = storage.siteKeys().sign(name, DATA);
        assertEquals(SiteKeyPort.SIGNATURE_LENGTH, signature.length);
        assertArrayEquals(signature, storage.siteKeys().sign(name, DATA));
        assertArrayEquals(signature, storage.anotherProcess().sign(name, DATA));
        assertFalse(Arrays.equals(signature, storage.siteKeys().sign("other-" + name, DATA)), "each name has its own key");
        assertFalse(Arrays.equals(signature, storage.siteKeys().sign(name, "other data".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void two_sites_sign_differently() {
        String name = "key-" + UUID.randomUUID();
        byte[] one = emptyStorage().siteKeys().sign(name, DATA);
        byte[] other = freshSite().sign(name, DATA);
        assertFalse(Arrays.equals(one, other), "keys are drawn at random, not derived from their names");
    }

    /** The keys of another site: storage of its own. */
    protected abstract SiteKeyPort freshSite();
}

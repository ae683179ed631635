package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SiteKeyPort} does. */
public abstract class SiteKeysContract {

    protected abstract MailStorageUnderTest emptyStorage();

    @Test
    void draws_a_key_once_and_gives_the_same_one_to_every_process() {
        MailStorageUnderTest storage = emptyStorage();
        String name = "key-" + UUID.randomUUID();
        byte[] key = storage.siteKeys().key(name);
        assertEquals(SiteKeyPort.LENGTH, key.length);
        assertFalse(Arrays.equals(new byte[SiteKeyPort.LENGTH], key), "drawn at random");
        assertArrayEquals(key, storage.siteKeys().key(name));
        assertArrayEquals(key, storage.anotherProcess().key(name));
        assertFalse(Arrays.equals(key, storage.siteKeys().key("other-" + name)), "each name has its own");
    }

    @Test
    void a_caller_cannot_change_the_key_it_was_given() {
        MailStorageUnderTest storage = emptyStorage();
        String name = "key-" + UUID.randomUUID();
        byte[] key = storage.siteKeys().key(name);
        byte[] copy = key.clone();
        key[0]++;
        assertArrayEquals(copy, storage.siteKeys().key(name));
    }
}

package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormStampKeysTest {

    private static final byte[] FIRST = new byte[32];
    private static final byte[] SECOND = new byte[48];

    static {
        for (int i = 0; i < SECOND.length; i++) {
            SECOND[i] = (byte) (i * 7 - 3);
        }
        FIRST[0] = (byte) 0xfb;
        FIRST[1] = (byte) 0xff;
    }

    @Test
    void reads_a_list_of_base64_keys_in_order_with_either_alphabet() {
        String setting = Base64.getEncoder().encodeToString(FIRST) + " , " + Base64.getUrlEncoder().encodeToString(SECOND) + ",";
        List<byte[]> keys = FormStampKeys.parse(setting);
        assertEquals(2, keys.size());
        assertArrayEquals(FIRST, keys.get(0));
        assertArrayEquals(SECOND, keys.get(1));
    }

    @Test
    void says_which_key_is_wrong_and_how_to_make_a_good_one() {
        String good = Base64.getEncoder().encodeToString(FIRST);
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> FormStampKeys.parse(good + "," + Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(shortKey.getMessage().contains("key 2 has 16 bytes"), shortKey.getMessage());
        assertTrue(shortKey.getMessage().contains("openssl rand -base64 32"), shortKey.getMessage());
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class, () -> FormStampKeys.parse("not*base64"));
        assertTrue(notBase64.getMessage().contains("key 1 is not base64"), notBase64.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FormStampKeys.parse(" , "));
    }
}

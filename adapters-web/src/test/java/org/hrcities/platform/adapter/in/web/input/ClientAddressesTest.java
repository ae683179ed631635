package org.hrcities.platform.adapter.in.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(Set.of("10.0.0.1", "10.0.0.2"));

    @Test
    void x_forwarded_for_from_an_untrusted_peer_is_ignored() {
        assertEquals("203.0.113.9", addresses.of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void behind_trusted_proxies_the_client_is_the_last_address_that_is_not_a_proxy() {
        assertEquals("198.51.100.7", addresses.of("10.0.0.1", List.of("192.0.2.66, 198.51.100.7", "10.0.0.2")));
        assertEquals("10.0.0.1", addresses.of("10.0.0.1", List.of()));
    }

    @Test
    void a_forwarded_value_that_is_no_address_is_not_taken() {
        assertEquals("10.0.0.1", addresses.of("10.0.0.1", List.of("<script>alert(1)</script>")));
    }
}

package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalMetricsFilterTest {

    @Test
    void loopback_addresses_are_this_machine_and_others_are_not() {
        for (String address : new String[] {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1"}) {
            assertTrue(LocalMetricsFilter.isLoopback(address), address);
        }
        for (String address : new String[] {"10.0.0.1", "192.168.1.1", "203.0.113.7", "::2", "1270.0.0.1", "", null}) {
            assertFalse(LocalMetricsFilter.isLoopback(address), address);
        }
    }
}

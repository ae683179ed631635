package org.hrcities.platform.bootstrap.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line the launcher gives Payara Micro, from the settings as system properties. */
class SiteLauncherTest {

    private static final List<String> SETTINGS = List.of("hrc.cluster.members", "hrc.cluster.port", "hrc.cluster.name",
            "hrc.storage", "hrc.db.url");
    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/hrc";

    @AfterEach
    void clear() {
        SETTINGS.forEach(System::clearProperty);
        System.clearProperty("hazelcast.socket.bind.any");
        System.clearProperty("hazelcast.phone.home.enabled");
    }

    private static void set(Map<String, String> settings) {
        settings.forEach(System::setProperty);
    }

    @Test
    void without_members_there_is_no_cluster_as_before() throws IOException {
        assertEquals(List.of("--port", "8081", "--nocluster"), SiteLauncher.options(List.of("--port", "8081")));
        assertEquals(List.of("--nocluster"), SiteLauncher.options(List.of("--nocluster")), "given once, kept once");
    }

    @Test
    void a_member_discovers_the_listed_members_over_tcp_on_its_own_address_and_port() throws IOException {
        set(Map.of("hrc.cluster.members", "127.0.0.1:5901, 127.0.0.1:5902,127.0.0.1:5903", "hrc.cluster.port", "5902",
                "hrc.db.url", POSTGRESQL));

        List<String> options = SiteLauncher.options(List.of("--port", "8082"));

        assertEquals(List.of("--port", "8082", "--clustermode", "tcpip:127.0.0.1:5901,127.0.0.1:5902,127.0.0.1:5903",
                "--clustername", "hrc-platform", "--interfaces", "127.0.0.1", "--startport", "5902", "--prebootcommandfile"),
                options.subList(0, options.size() - 1));
        String preBoot = Files.readString(Path.of(options.getLast()));
        assertTrue(preBoot.contains("hazelcast-config-specific-configuration.enabled=true"), preBoot);
        assertTrue(preBoot.contains("web-container-availability.availability-enabled=true"), preBoot);
        assertEquals("false", System.getProperty("hazelcast.socket.bind.any"), "never every address");
        assertEquals("false", System.getProperty("hazelcast.phone.home.enabled"));
    }

    @Test
    void a_member_refuses_storage_its_members_cannot_share() {
        set(Map.of("hrc.cluster.members", "127.0.0.1:5901", "hrc.cluster.port", "5901"));
        assertTrue(refusal().contains("cannot use the default H2 file ./data/hrc"), refusal());

        System.setProperty("hrc.db.url", "jdbc:h2:file:/srv/hrc/data;WRITE_DELAY=0");
        assertTrue(refusal().contains("cannot use \"jdbc:h2:file:/srv/hrc/data\""), refusal());

        System.setProperty("hrc.db.url", POSTGRESQL);
        System.setProperty("hrc.storage", "memory");
        assertTrue(refusal().contains("cannot keep its content in memory"), refusal());
    }

    @Test
    void settings_that_cannot_make_a_cluster_are_refused_with_the_reason() {
        set(Map.of("hrc.cluster.members", "127.0.0.1:5901,127.0.0.1:5902", "hrc.db.url", POSTGRESQL));
        assertTrue(refusal().contains("HRC_CLUSTER_PORT must name this member's port"), refusal());

        System.setProperty("hrc.cluster.port", "5909");
        assertTrue(refusal().contains("no entry of HRC_CLUSTER_MEMBERS has port 5909"), refusal());

        System.setProperty("hrc.cluster.members", "127.0.0.1:5901,127.0.0.1");
        assertTrue(refusal().contains("\"127.0.0.1\" is not host:port"), refusal());

        System.setProperty("hrc.cluster.members", "127.0.0.1:5901");
        System.setProperty("hrc.cluster.port", "5901");
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> SiteLauncher.options(List.of("--nocluster")));
        assertTrue(both.getMessage().contains("and the command line for none"), both.getMessage());
    }

    private static String refusal() {
        return assertThrows(IllegalArgumentException.class, () -> SiteLauncher.options(List.of())).getMessage();
    }
}

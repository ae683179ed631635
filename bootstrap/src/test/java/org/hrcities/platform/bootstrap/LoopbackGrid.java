package org.hrcities.platform.bootstrap;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A data grid of real Hazelcast members in this JVM, joined by TCP/IP on 127.0.0.1 (no multicast, no
 * phone-home), as the site's members form theirs inside Payara Micro.
 */
final class LoopbackGrid implements AutoCloseable {

    /** Held, so that the level stays: Hazelcast's members tell every connection they make or lose. */
    private static final Logger HAZELCAST = Logger.getLogger("com.hazelcast");

    static {
        HAZELCAST.setLevel(Level.WARNING);
    }

    private final String name = "hrc-test-" + UUID.randomUUID();
    private final List<Integer> ports = new ArrayList<>();
    private final List<HazelcastInstance> members = new ArrayList<>();

    LoopbackGrid(int size) throws IOException {
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
        for (int i = 0; i < size; i++) {
            members.add(start(i));
        }
    }

    HazelcastInstance member(int n) {
        return members.get(n);
    }

    /** Stops the {@code n}-th member at once, as a killed process leaves. */
    void kill(int n) {
        members.get(n).getLifecycleService().terminate();
    }

    private HazelcastInstance start(int n) {
        Config config = new Config().setClusterName(name).setInstanceName(name + "-" + n);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig().setPort(ports.get(n)).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port : ports) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        return Hazelcast.newHazelcastInstance(config);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (HazelcastInstance member : members) {
            member.getLifecycleService().terminate();
        }
    }
}

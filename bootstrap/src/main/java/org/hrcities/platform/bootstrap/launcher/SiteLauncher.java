package org.hrcities.platform.bootstrap.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The main class of the site's jar: starts Payara Micro with the command line as given, plus the
 * clustering options that {@code hrc.cluster.*} ask for. It runs before Payara Micro, so before any
 * MicroProfile Config: it reads each setting as a system property, else as the environment variable
 * named like MicroProfile Config's ({@code hrc.cluster.members} → {@code HRC_CLUSTER_MEMBERS}).
 *
 * <ul>
 * <li>{@code hrc.cluster.members}: {@code host:port,host:port,...}, every member of the cluster. Empty or
 * unset, there is no cluster: the launcher adds {@code --nocluster}, and the jar's pre-boot commands keep
 * Hazelcast off, as they always did.</li>
 * <li>{@code hrc.cluster.port}: this instance's member port; its entry is the one with that port on an
 * address of this machine, and the member listens on that address and port only.</li>
 * <li>{@code hrc.cluster.name}: the cluster's name (default {@code hrc-platform}); a member joins only
 * a cluster of the same name.</li>
 * </ul>
 * A cluster member refuses to start (exit status 2, one line saying why) on storage that its members
 * cannot share: the in-memory adapter ({@code hrc.storage=memory}) or an H2 file ({@code hrc.db.url},
 * by default {@code jdbc:h2:file:./data/hrc}); its members share one PostgreSQL database.
 *
 * Payara Micro can't be told at start to undo a {@code --nocluster} baked into its jar (its
 * {@code payaramicro.noCluster} property, written into the jar, wins over {@code -D} and the
 * environment), hence this class instead of a baked-in option.
 */
public final class SiteLauncher {

    private static final Logger LOG = Logger.getLogger(SiteLauncher.class.getName());
    private static final String DEFAULT_NAME = "hrc-platform";
    /** Run by Payara Micro before it boots, after the jar's own pre-boot commands. */
    private static final String CLUSTER_PRE_BOOT_COMMANDS = """
            set configs.config.server-config.hazelcast-config-specific-configuration.enabled=true
            set hazelcast-runtime-configuration.auto-increment-port=false
            set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true
            """;

    private SiteLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        List<String> options;
        try {
            options = options(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("hrc-platform: " + e.getMessage());
            System.exit(2);
            return;
        }
        MethodHandle payaraMicro = MethodHandles.publicLookup().findStatic(Class.forName("fish.payara.micro.PayaraMicro"),
                "main", MethodType.methodType(void.class, String[].class));
        payaraMicro.invokeExact(options.toArray(String[]::new));
    }

    static List<String> options(List<String> args) throws IOException {
        List<String> options = new ArrayList<>(args);
        String members = setting("hrc.cluster.members");
        if (members == null) {
            if (!has(args, "--nocluster")) {
                options.add("--nocluster");
            }
            return options;
        }
        if (has(args, "--nocluster") || has(args, "--nohazelcast")) {
            throw new IllegalArgumentException("HRC_CLUSTER_MEMBERS asks for a cluster, and the command line for none");
        }
        if (has(args, "--prebootcommandfile")) {
            throw new IllegalArgumentException("a cluster member takes no --prebootcommandfile of its own");
        }
        requireSharedStorage();
        payaraBootProperties();
        List<Entry> entries = entries(members);
        String name = setting("hrc.cluster.name");
        Entry own = own(entries, setting("hrc.cluster.port"));
        String address = own.address().getHostAddress();
        Path preBoot = Files.createTempFile("hrc-cluster-pre-boot-", ".txt");
        preBoot.toFile().deleteOnExit();
        Files.writeString(preBoot, CLUSTER_PRE_BOOT_COMMANDS);
        // Hazelcast would otherwise listen on every address and report to its maker once a day
        System.setProperty("hazelcast.socket.bind.any", "false");
        System.setProperty("hazelcast.phone.home.enabled", "false");
        String list = String.join(",", entries.stream().map(Entry::toString).toList());
        options.addAll(List.of("--clustermode", "tcpip:" + list, "--clustername", name == null ? DEFAULT_NAME : name,
                "--interfaces", address, "--startport", String.valueOf(own.port()), "--prebootcommandfile",
                preBoot.toString()));
        LOG.info(() -> "cluster member " + address + ":" + own.port() + " of " + list);
        return options;
    }

    /** The members of a cluster share their database: PostgreSQL, never the in-memory storage or an H2 file. */
    private static void requireSharedStorage() {
        String storage = setting("hrc.storage");
        if (storage != null && storage.equalsIgnoreCase("memory")) {
            throw new IllegalArgumentException("a cluster member (HRC_CLUSTER_MEMBERS) cannot keep its content in memory"
                    + " (HRC_STORAGE=memory): the members share one PostgreSQL database; set HRC_STORAGE=jpa and"
                    + " HRC_DB_URL=jdbc:postgresql://host:port/database");
        }
        String url = setting("hrc.db.url");
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a cluster member (HRC_CLUSTER_MEMBERS) cannot use "
                    + (url == null ? "the default H2 file ./data/hrc" : "\"" + url.replaceAll("[;?].*", "") + "\"")
                    + ": the members share one PostgreSQL database; set HRC_DB_URL=jdbc:postgresql://host:port/database");
        }
    }

    /**
     * Sets the system properties that Payara Micro sets as it starts, such as {@code java.net.preferIPv4Stack}:
     * the JVM reads that one at its first use of the network, which is this class's when it resolves the
     * members, so Payara's own setting would come too late and its sockets would be IPv6 ones.
     */
    private static void payaraBootProperties() throws IOException {
        Properties boot = new Properties();
        try (InputStream in = SiteLauncher.class.getResourceAsStream("/MICRO-INF/payara-boot.properties")) {
            if (in != null) {
                boot.load(in);
            }
        }
        for (String name : boot.stringPropertyNames()) {
            if (System.getProperty(name) == null) {
                System.setProperty(name, boot.getProperty(name));
            }
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean has(List<String> args, String option) {
        return args.stream().anyMatch(option::equalsIgnoreCase);
    }

    private static List<Entry> entries(String members) {
        List<Entry> entries = new ArrayList<>();
        for (String item : members.split(",")) {
            String entry = item.strip();
            int colon = entry.lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("HRC_CLUSTER_MEMBERS: \"" + entry + "\" is not host:port");
            }
            entries.add(new Entry(entry.substring(0, colon), port("HRC_CLUSTER_MEMBERS", entry.substring(colon + 1))));
        }
        return entries;
    }

    private static Entry own(List<Entry> entries, String portSetting) throws SocketException {
        if (portSetting == null) {
            throw new IllegalArgumentException("HRC_CLUSTER_PORT must name this member's port in HRC_CLUSTER_MEMBERS");
        }
        int port = port("HRC_CLUSTER_PORT", portSetting);
        List<Entry> own = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.port() == port && isLocal(entry.address())) {
                own.add(entry);
            }
        }
        if (own.size() != 1) {
            throw new IllegalArgumentException((own.isEmpty() ? "no entry" : "more than one entry") + " of HRC_CLUSTER_MEMBERS"
                    + " has port " + port + " on an address of this machine");
        }
        return own.getFirst();
    }

    private static boolean isLocal(InetAddress address) throws SocketException {
        return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
    }

    private static int port(String setting, String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(setting + ": \"" + text + "\" is not a port");
    }

    private record Entry(String host, int port) {

        InetAddress address() {
            try {
                return InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("HRC_CLUSTER_MEMBERS: unknown host " + host, e);
            }
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }
}

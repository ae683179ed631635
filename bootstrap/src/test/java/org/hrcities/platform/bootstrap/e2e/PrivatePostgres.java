package org.hrcities.platform.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hrcities.platform.testing.TestRequirement;

/**
 * A PostgreSQL server of its own for a test that stops and starts it: a fresh cluster in a
 * temporary folder, on a free loopback port, its socket in that folder. The shared server on 5432 is
 * never touched. Run as root, the PostgreSQL binaries run as the {@code postgres} user (initdb refuses
 * root). Without the binaries the test is skipped and counted ({@link TestRequirement#PRIVATE_POSTGRESQL}),
 * unless {@code -Dhrc.test.pg.required=true} makes that a failure. The binaries are those of
 * {@code -Dhrc.test.pg.bin} when it is set (read at each start), otherwise those of the newest version
 * under {@code /usr/lib/postgresql} (Debian's layout), otherwise those on the {@code PATH}.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asRoot;

    private PrivatePostgres(Path bin, Path data, int port, boolean asRoot) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** Creates the cluster and starts the server; skips (or fails) the test when that is not possible here. */
    static PrivatePostgres start() {
        return start(null);
    }

    /**
     * Like {@link #start()}, but TCP connections must log in as {@code postgres} with {@code password}
     * (SCRAM), so that a wrong password is refused; the server's own socket stays trusted.
     */
    static PrivatePostgres startWithPassword(String password) {
        return start(password);
    }

    private static PrivatePostgres start(String password) {
        Path bin = binaries();
        if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw TestRequirement.PRIVATE_POSTGRESQL.missing("no PostgreSQL binaries in " + bin
                    + " (apt-get install postgresql, or -Dhrc.test.pg.bin=)");
        }
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        PrivatePostgres server = null;
        try {
            Path data = Files.createTempDirectory("hrc-private-pg");
            server = new PrivatePostgres(bin, data, freePort(), asRoot);
            if (asRoot) {
                run(List.of("chown", OS_USER + ":" + OS_USER, data.toString()), 30);
            }
            List<String> initdb = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D",
                    data.resolve("cluster").toString(), "-U", "postgres", "--no-sync"));
            if (password == null) {
                initdb.add("--auth=trust");
            } else {
                Path passwordFile = data.resolve("password");
                Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
                if (asRoot) {
                    run(List.of("chown", OS_USER + ":" + OS_USER, passwordFile.toString()), 30);
                }
                initdb.addAll(List.of("--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + passwordFile));
            }
            server.pg(initdb, 120);
            server.startServer();
            return server;
        } catch (IOException | IllegalStateException e) {
            if (server != null) {
                server.close();
            }
            throw TestRequirement.PRIVATE_POSTGRESQL.missing("could not start a private PostgreSQL server: " + e.getMessage());
        }
    }

    private static Path binaries() {
        String chosen = System.getProperty("hrc.test.pg.bin", "");
        if (!chosen.isBlank()) {
            return Paths.get(chosen);
        }
        try (Stream<Path> versions = Files.list(Paths.get("/usr/lib/postgresql"))) {
            Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> majorVersion(bin.getParent().getFileName().toString())));
            if (newest.isPresent()) {
                return newest.get();
            }
        } catch (IOException e) {
            // not Debian's layout: look on the PATH
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(Paths::get)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                .findFirst()
                .orElse(Paths.get("/usr/lib/postgresql/bin"));
    }

    private static int majorVersion(String name) {
        return name.matches("\\d+") ? Integer.parseInt(name) : -1;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    /** Starts the server (again) and waits until it accepts connections. */
    void startServer() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-l",
                data.resolve("server.log").toString(), "-o", "-p " + port + " -k " + data
                        + " -c listen_addresses=127.0.0.1 -c fsync=on", "-w", "-t", "60", "start"), 90);
    }

    /** Stops the server at once, as a crash would: open connections are cut, nothing is shut down cleanly. */
    void stopImmediately() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-m", "immediate",
                "-w", "stop"), 60);
    }

    private void pg(List<String> command, int timeoutSeconds) {
        if (asRoot) {
            run(List.of("su", OS_USER, "-s", "/bin/sh", "-c", String.join(" ", command.stream().map(PrivatePostgres::quoted)
                    .toList())), timeoutSeconds);
        } else {
            run(command, timeoutSeconds);
        }
    }

    private static String quoted(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    private static void run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (if it runs) and removes the cluster. */
    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("cluster").resolve("postmaster.pid"))) {
                stopImmediately();
            }
        } catch (IllegalStateException e) {
            System.err.println("could not stop the private PostgreSQL server: " + e.getMessage());
        } finally {
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

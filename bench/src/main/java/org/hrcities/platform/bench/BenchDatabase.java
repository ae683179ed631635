package org.hrcities.platform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** A fresh, empty database for one run: an H2 file in a new directory, or a throw-away PostgreSQL database. */
final class BenchDatabase implements AutoCloseable {

    private final String kind;
    private final String url;
    private final String user;
    private final Runnable cleanup;

    private BenchDatabase(String kind, String url, String user, Runnable cleanup) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.cleanup = cleanup;
    }

    static BenchDatabase create(String kind, Path work) throws IOException, SQLException {
        switch (kind) {
            case "h2": {
                Path directory = work.resolve("h2");
                deleteRecursively(directory);
                Files.createDirectories(directory);
                return new BenchDatabase(kind, "jdbc:h2:file:" + directory.resolve("hrc").toAbsolutePath(), "", () -> {
                    try {
                        deleteRecursively(directory);
                    } catch (IOException e) {
                        System.err.println("bench: could not delete " + directory + ": " + e.getMessage());
                    }
                });
            }
            case "postgresql": {
                String admin = System.getenv().getOrDefault("HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
                String user = System.getenv().getOrDefault("HRC_TEST_PG_USER", "postgres");
                String database = "hrc_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                try (Connection connection = DriverManager.getConnection(admin, user, "")) {
                    connection.createStatement().execute("CREATE DATABASE " + database);
                }
                String url = admin.substring(0, admin.lastIndexOf('/') + 1) + database;
                return new BenchDatabase(kind, url, user, () -> {
                    try (Connection connection = DriverManager.getConnection(admin, user, "")) {
                        connection.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                    } catch (SQLException e) {
                        System.err.println("bench: could not drop " + database + ": " + e.getMessage());
                    }
                });
            }
            default:
                throw new IllegalArgumentException("unknown database " + kind + "; known: h2, postgresql");
        }
    }

    String kind() {
        return kind;
    }

    /** The URL the site is given (HRC_DB_URL). */
    String url() {
        return url;
    }

    /**
     * The URL the generator writes through: PostgreSQL rewrites batches into multi-row inserts; H2 gets a
     * 1 GB page cache (the default 16 MB makes a million inserts into six indexes thrash and bloat the file).
     */
    String bulkUrl() {
        return kind.equals("postgresql") ? url + "?reWriteBatchedInserts=true" : url + ";CACHE_SIZE=1048576";
    }

    String user() {
        return user;
    }

    @Override
    public void close() {
        cleanup.run();
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}

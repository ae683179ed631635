package org.hrcities.platform.adapter.out.persistence.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.testing.TestRequirement;

/**
 * The databases the JPA contract tests run on, opened once per test run and emptied before each
 * test: an H2 file database in a temporary directory, and a throw-away database on the PostgreSQL
 * server named by {@code -Dhrc.test.pg.url=} or {@code HRC_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code HRC_TEST_PG_USER}, default
 * {@code postgres}). Without a reachable PostgreSQL server the PostgreSQL suites are skipped and counted
 * ({@link TestRequirement#POSTGRESQL}), unless {@code -Dhrc.test.pg.required=true} makes that a failure.
 */
final class TestDatabases {

    private static JpaStorage h2;
    /** Per server URL, its throw-away database, or why there is none. */
    private static final Map<String, PostgresServer> POSTGRES = new HashMap<>();

    private record PostgresServer(JpaStorage storage, String unavailable) {
    }

    private TestDatabases() {
    }

    static synchronized StorageUnderTest h2() {
        if (h2 == null) {
            Path directory = temporaryDirectory();
            h2 = JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("contract") + ";WRITE_DELAY=0",
                    "sa", "", 4));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                h2.close();
                deleteRecursively(directory);
            }));
        }
        return portsOf(emptied(h2));
    }

    /** The mail ports of the H2 storage, emptied; a second process's keys are another reader of the same table. */
    static synchronized MailStorageUnderTest mailH2() {
        h2();
        return mailPortsOf(h2);
    }

    /** The H2 storage as it is now, not emptied: for a suite's ports beyond {@link StorageUnderTest}. */
    static synchronized JpaStorage currentH2() {
        return h2;
    }

    /** The PostgreSQL storage as it is now, not emptied. */
    static synchronized JpaStorage currentPostgres() {
        String adminUrl = setting("hrc.test.pg.url", "HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        return POSTGRES.get(adminUrl).storage();
    }

    /** The mail ports of the PostgreSQL storage, emptied. */
    static synchronized MailStorageUnderTest mailPostgres() {
        return mailPortsOf(postgresStorage());
    }

    private static MailStorageUnderTest mailPortsOf(JpaStorage storage) {
        return new MailStorageUnderTest(storage.outbox(), storage.scheduledJobs(), storage.siteKeys(),
                new JpaSiteKeys(storage.dataSource()), storage.transactions());
    }

    static synchronized StorageUnderTest postgres() {
        return portsOf(postgresStorage());
    }

    /** The PostgreSQL storage itself, emptied, for what lies beyond the repositories (its flood control). */
    static synchronized JpaStorage postgresStorage() {
        String adminUrl = setting("hrc.test.pg.url", "HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        PostgresServer server = POSTGRES.computeIfAbsent(adminUrl, TestDatabases::openPostgres);
        if (server.storage() == null) {
            throw TestRequirement.POSTGRESQL.missing(server.unavailable());
        }
        return emptied(server.storage());
    }

    private static PostgresServer openPostgres(String adminUrl) {
        String user = setting("hrc.test.pg.user", "HRC_TEST_PG_USER", "postgres");
        String password = setting("hrc.test.pg.password", "HRC_TEST_PG_PASSWORD", "");
        String database = "hrc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            return new PostgresServer(null, "no PostgreSQL at " + adminUrl + " (" + e.getMessage() + ")");
        }
        JpaStorage storage = JpaStorage.open(new JpaSettings(withDatabase(adminUrl, database), user, password, 4));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            storage.close();
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            } catch (SQLException e) {
                System.err.println("could not drop the test database " + database + ": " + e.getMessage());
            }
        }));
        return new PostgresServer(storage, null);
    }

    /** Replaces the database name in a {@code jdbc:postgresql://host:port/name?params} URL. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?');
        String base = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
        return base + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    private static JpaStorage emptied(JpaStorage storage) {
        try (Connection connection = storage.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"comment_watches", "comments", "post_partner_cities", "post_topics", "post_former_slugs",
                    "posts", "partner_cities", "topics", "site_pages", "media_files", "media_content", "import_ledger",
                    "discussion_settings", "moderation_log", "comment_reports", "staff_accounts", "flood_admissions",
                    "mail_outbox", "comment_watches", "mail_subscribers", "data_requests", "event_organisers", "event_posts", "events"}) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.executeUpdate("UPDATE site_counters SET counter_value = 0");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
        storage.evictCaches();
        return storage;
    }

    private static StorageUnderTest portsOf(JpaStorage storage) {
        return StorageUnderTest.of(storage.posts(), storage.comments(), storage.cities(), storage.topics(),
                storage.pages(), storage.media(), storage.mediaContent(), storage.importLedger(), storage.accounts(),
                storage.discussionSettings(), storage.moderationLog(), storage.commentReports(), storage.transactions(),
                storage.dataRequests(), storage.events());
    }

    /** The system property if set, else the environment variable if set, else the fallback. */
    static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            value = System.getenv().getOrDefault(variable, "");
        }
        return value.isBlank() ? fallback : value;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("hrc-h2-" + Locale.ROOT.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

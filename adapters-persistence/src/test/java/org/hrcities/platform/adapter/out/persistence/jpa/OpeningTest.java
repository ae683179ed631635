package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.testing.TestRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database that cannot be opened fails at once with one sentence that tells an operator
 * which case it is (and never the password), holds nothing open, and a failed migration leaves the
 * PostgreSQL schema as it was.
 */
class OpeningTest {

    private static final String PASSWORD = "not-to-be-shown-4711";

    @TempDir
    Path directory;

    @Test
    void an_unreachable_postgresql_server_is_named_by_host_and_port_without_the_password() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StorageUnavailableException failure = assertThrows(StorageUnavailableException.class, () -> JpaStorage.open(
                new JpaSettings("jdbc:postgresql://127.0.0.1:" + port + "/hrc?password=" + PASSWORD, "hrc", PASSWORD, 2)));
        assertEquals("the PostgreSQL server at 127.0.0.1:" + port
                + " cannot be reached (connection refused or timed out): is it running?", failure.getMessage());
    }

    @Test
    void a_database_missing_on_the_postgresql_server_is_named() {
        String url = postgresUrl("hrc_missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
        String database = url.substring(url.lastIndexOf('/') + 1);
        StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                () -> JpaStorage.open(new JpaSettings(url, user(), password(), 2)));
        assertTrue(failure.getMessage().startsWith("the database \"" + database + "\" does not exist on the PostgreSQL server at "),
                failure.getMessage());
    }

    @Test
    void a_refused_login_names_the_user_and_the_settings_but_not_the_password() {
        RuntimeException refused = new HikariPool.PoolInitializationException(
                new SQLException("FATAL: password authentication failed for user \"hrc\"", "28P01"));
        assertEquals("the PostgreSQL server at db.example.org:5433 refused user \"hrc\": wrong password or no such user"
                        + " (hrc.db.user, hrc.db.password)",
                OpeningProblems.describe(refused, new JpaSettings("jdbc:postgresql://db.example.org:5433/hrc", "hrc", PASSWORD, 2)));
    }

    @Test
    void a_corrupted_h2_file_asks_for_a_restore() throws IOException {
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        Files.write(directory.resolve("site.mv.db"), garbage);
        StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                () -> JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("site"), "sa", "", 2)));
        assertEquals("the H2 database " + directory.resolve("site") + " is corrupted: restore it from a backup",
                failure.getMessage());
    }

    @Test
    void an_h2_file_that_cannot_be_read_says_so() throws IOException {
        Files.createDirectories(directory.resolve("site.mv.db"));
        StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                () -> JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("site"), "sa", "", 2)));
        assertTrue(failure.getMessage().startsWith("the H2 database " + directory.resolve("site") + " cannot be read or written: "),
                failure.getMessage());
    }

    @Test
    void a_failing_migration_on_postgresql_applies_none_and_opening_works_once_the_cause_is_gone() throws SQLException {
        String database = "hrc_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String url = postgresUrl(database);
        try (Connection admin = DriverManager.getConnection(postgresUrl("postgres"), user(), password());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        try {
            // a table in the way of the fifth migration: the four before it must not stay applied either
            execute(url, "CREATE TABLE staff_accounts (unrelated INTEGER)");
            StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                    () -> JpaStorage.open(new JpaSettings(url, user(), password(), 2)));
            assertTrue(failure.getMessage().startsWith("the schema migration failed and was not applied: "), failure.getMessage());
            assertFalse(tableExists(url, "partner_cities"), "the first migration was rolled back with the failing one");

            execute(url, "DROP TABLE staff_accounts");
            try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, user(), password(), 2))) {
                assertEquals("21", storage.schemaVersion());
                storage.check();
                assertThrows(org.hrcities.platform.application.port.OnlineBackupNotOfferedException.class,
                        () -> storage.backups().backUpTo(directory.resolve("pg.zip")), "PostgreSQL backs up with pg_dump");
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(postgresUrl("postgres"), user(), password());
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    @Test
    void a_failing_migration_on_h2_leaves_the_database_as_it_was_and_opening_works_once_the_cause_is_gone()
            throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("migrating");
        Flyway.configure(JpaStorage.class.getClassLoader()).dataSource(url, "sa", "").locations(JpaStorage.MIGRATIONS)
                .target("3").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO site_counters (counter_name, counter_value) VALUES ('kept', 7)");
            // a table in the way of the fifth migration: the fourth, which H2 committed, must not stay applied
            statement.execute("CREATE TABLE staff_accounts (unrelated INTEGER)");
            statement.execute("INSERT INTO staff_accounts VALUES (1)");
        }

        StorageUnavailableException failure = assertThrows(StorageUnavailableException.class,
                () -> JpaStorage.open(new JpaSettings(url, "sa", "", 2)));

        assertTrue(failure.getMessage().startsWith("the schema migration failed and was not applied: "), failure.getMessage());
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            assertEquals("3", single(statement, "SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\""));
            assertEquals("0", single(statement, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""));
            assertEquals("0", single(statement, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'POSTS' AND COLUMN_NAME = 'UPDATED_AT'"), "the fourth migration was taken back");
            assertEquals("7", single(statement, "SELECT counter_value FROM site_counters WHERE counter_name = 'kept'"));
            assertEquals("1", single(statement, "SELECT unrelated FROM staff_accounts"));
            statement.execute("DROP TABLE staff_accounts");
        }
        try (JpaStorage storage = JpaStorage.open(new JpaSettings(url, "sa", "", 2))) {
            assertEquals("21", storage.schemaVersion());
            storage.check();
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    @Test
    void without_the_shared_cache_a_storage_reads_what_another_process_wrote_to_the_same_database() {
        String url = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (JpaStorage writer = JpaStorage.open(new JpaSettings(url, "sa", "", 2));
             JpaStorage cached = JpaStorage.open(new JpaSettings(url, "sa", "", 2));
             JpaStorage uncached = JpaStorage.open(new JpaSettings(url, "sa", "", 2).withoutSharedCache())) {
            PartnerCity york = PartnerCityFixtures.york();
            writer.transactions().inTransaction(() -> writer.cities().save(york));
            assertFalse(york(cached).isRetired());
            assertFalse(york(uncached).isRetired());

            PartnerCity changed = york(writer);
            changed.retire();
            writer.transactions().inTransaction(() -> writer.cities().save(changed));

            assertFalse(york(cached).isRetired(), "a shared cache keeps what it read before");
            assertTrue(york(uncached).isRetired(), "without it, every read asks the database");
        }
    }

    private static PartnerCity york(JpaStorage storage) {
        return storage.transactions().inTransaction(() -> storage.cities().findBySlug(PartnerCityFixtures.york().slug()))
                .orElseThrow();
    }

    @Test
    void an_open_h2_database_answers_the_check_and_tells_its_schema_version() {
        try (JpaStorage storage = JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("site"), "sa", "", 2))) {
            storage.check();
            assertEquals("21", storage.schemaVersion());
        }
    }

    @Test
    void h2_is_backed_up_online_into_a_zip_that_opens_as_the_same_database_and_postgresql_is_not() throws Exception {
        Path backup = directory.resolve("backup.zip");
        try (JpaStorage storage = JpaStorage.open(new JpaSettings("jdbc:h2:file:" + directory.resolve("site"), "sa", "", 2))) {
            execute(storage, "INSERT INTO site_counters (counter_name, counter_value) VALUES ('backup-test', 42)");
            long bytes = storage.backups().backUpTo(backup);
            assertEquals(Files.size(backup), bytes);
        }
        Path restored = Files.createDirectories(directory.resolve("restored"));
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            java.util.zip.ZipEntry entry = zip.getNextEntry();
            assertEquals("site.mv.db", entry.getName());
            Files.copy(zip, restored.resolve(entry.getName()));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("site"), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT counter_value FROM site_counters WHERE counter_name = 'backup-test'")) {
            assertTrue(row.next());
            assertEquals(42, row.getLong(1));
        }

        org.hrcities.platform.application.port.OnlineBackupNotOfferedException refused = assertThrows(
                org.hrcities.platform.application.port.OnlineBackupNotOfferedException.class,
                () -> new org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage().backups().backUpTo(backup));
        assertTrue(refused.getMessage().contains("nothing to back up"), refused.getMessage());
    }

    private static void execute(JpaStorage storage, String sql) throws SQLException {
        try (Connection connection = storage.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean tableExists(String url, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    /** A URL on the test PostgreSQL server for {@code database}; skips (or fails) the test when there is no server. */
    private static String postgresUrl(String database) {
        String adminUrl = TestDatabases.setting("hrc.test.pg.url", "HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (Connection ignored = DriverManager.getConnection(adminUrl, user(), password())) {
            return TestDatabases.withDatabase(adminUrl, database);
        } catch (SQLException e) {
            throw TestRequirement.POSTGRESQL.missing("no PostgreSQL at " + adminUrl + " (" + e.getMessage() + ")");
        }
    }

    private static String user() {
        return TestDatabases.setting("hrc.test.pg.user", "HRC_TEST_PG_USER", "postgres");
    }

    private static String password() {
        return TestDatabases.setting("hrc.test.pg.password", "HRC_TEST_PG_PASSWORD", "");
    }
}

package org.hrcities.platform.bootstrap.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.hrcities.platform.testing.TestRequirement;

/**
 * A PostgreSQL database of its own for one end-to-end test, on the server named by
 * {@code -Dhrc.test.pg.url=} or {@code HRC_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code HRC_TEST_PG_USER}), dropped when closed. Without a server the test is skipped and counted
 * ({@link TestRequirement#POSTGRESQL}), unless {@code -Dhrc.test.pg.required=true} makes that a failure.
 */
final class ThrowAwayPostgres implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String database;

    private ThrowAwayPostgres(String adminUrl, String user, String database) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.database = database;
    }

    static ThrowAwayPostgres create(String prefix) {
        String adminUrl = setting("hrc.test.pg.url", "HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = setting("hrc.test.pg.user", "HRC_TEST_PG_USER", "postgres");
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw TestRequirement.POSTGRESQL.missing("no PostgreSQL at " + adminUrl + " (" + e.getMessage() + ")");
        }
        return new ThrowAwayPostgres(adminUrl, user, database);
    }

    /** The system property if set, else the environment variable if set, else the fallback. */
    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            value = System.getenv().getOrDefault(variable, "");
        }
        return value.isBlank() ? fallback : value;
    }

    /** The JDBC URL of the throw-away database. */
    String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
    }

    String user() {
        return user;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}

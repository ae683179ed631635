package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of its own for one end-to-end test, on the server named by
 * {@code HRC_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code HRC_TEST_PG_USER}), dropped when closed. Without a server the test is skipped, loudly,
 * unless {@code -Dhrc.test.pg.required=true} makes that a failure.
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
        String adminUrl = System.getenv().getOrDefault("HRC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("HRC_TEST_PG_USER", "postgres");
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            if (Boolean.getBoolean("hrc.test.pg.required")) {
                fail("PostgreSQL is required but unreachable at " + adminUrl + ": " + e.getMessage());
            }
            System.err.println("*** PostgreSQL end-to-end test SKIPPED: no server at " + adminUrl + " ***");
            Assumptions.abort("PostgreSQL end-to-end test SKIPPED: no server at " + adminUrl);
        }
        return new ThrowAwayPostgres(adminUrl, user, database);
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

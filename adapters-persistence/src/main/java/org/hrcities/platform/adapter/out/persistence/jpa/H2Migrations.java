package org.hrcities.platform.adapter.out.persistence.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The pending migrations of an H2 database, run so that a failing one leaves the database as it was.
 * H2 commits each DDL statement by itself, so Flyway cannot roll a failed migration back there (on
 * PostgreSQL the pending migrations run in one transaction instead). Before they run, H2 writes the
 * whole database, schema and rows, to a compressed SQL script ({@code SCRIPT TO}); when one fails, every
 * object is dropped and the script is run again ({@code RUNSCRIPT FROM}), and the failure goes on to
 * the caller. Nothing else uses the database while it opens, so the script sees all of it.
 */
final class H2Migrations {

    private static final Logger LOG = Logger.getLogger(H2Migrations.class.getName());

    private H2Migrations() {
    }

    /** Runs {@code flyway}'s pending migrations on the H2 database behind {@code dataSource}. */
    static MigrateResult migrate(Flyway flyway, DataSource dataSource) {
        if (flyway.info().pending().length == 0) {
            return flyway.migrate();
        }
        Path script = createScriptFile();
        boolean keep = false;
        try {
            execute(dataSource, "SCRIPT TO " + quoted(script) + " COMPRESSION GZIP");
            try {
                return flyway.migrate();
            } catch (RuntimeException failure) {
                try {
                    execute(dataSource, "DROP ALL OBJECTS", "RUNSCRIPT FROM " + quoted(script) + " COMPRESSION GZIP");
                    // the caller says why the storage did not open; here only that nothing of the migrations stayed
                    LOG.fine("a schema migration failed; the database was put back as it was before the migrations");
                } catch (RuntimeException notRestored) {
                    keep = true;
                    failure.addSuppressed(notRestored);
                    LOG.log(Level.SEVERE, "a schema migration failed and the database could not be put back; the copy taken"
                            + " before the migrations is kept in " + script + " (RUNSCRIPT FROM ... COMPRESSION GZIP)", notRestored);
                }
                throw failure;
            }
        } finally {
            if (!keep) {
                deleteQuietly(script);
            }
        }
    }

    private static Path createScriptFile() {
        try {
            return Files.createTempFile("hrc-before-migrations-", ".sql.gz");
        } catch (IOException e) {
            throw new UncheckedIOException("no room for the copy of the database taken before its migrations", e);
        }
    }

    private static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String quoted(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not delete " + file, e);
        }
    }
}

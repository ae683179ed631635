package org.hrcities.platform.adapter.out.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;

/**
 * The runs of periodic jobs in {@code scheduled_job_runs}, one row per job. A run starts with one
 * update that names the period: of the processes asking at once, the first's update holds the row
 * until it commits and the others then find the row moved on. A job's first run inserts its row; of
 * two first runs at once, the second insert meets the primary key and is told no.
 */
final class JpaScheduledJobs implements ScheduledJobsPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    JpaScheduledJobs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean startRun(String job, Instant now, Duration every) {
        long at = now.toEpochMilli();
        try (Connection connection = dataSource.getConnection()) {
            try {
                boolean started;
                try (PreparedStatement update = connection.prepareStatement("UPDATE scheduled_job_runs"
                        + " SET last_started_at = ? WHERE job = ? AND last_started_at <= ?")) {
                    update.setLong(1, at);
                    update.setString(2, job);
                    update.setLong(3, at - every.toMillis());
                    started = update.executeUpdate() == 1;
                }
                if (!started) {
                    started = insertFirstRun(connection, job, at);
                }
                connection.commit();
                return started;
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            if (JpaTransactions.isUnavailability(e)) {
                throw new StorageUnavailableException("the database is unavailable", e);
            }
            throw new IllegalStateException("could not record a run of " + job, e);
        }
    }

    /** Inserts the job's row when it has none; false when it has one (a run started within the period). */
    private static boolean insertFirstRun(Connection connection, String job, long at) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM scheduled_job_runs WHERE job = ?")) {
            exists.setString(1, job);
            if (exists.executeQuery().next()) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scheduled_job_runs (job, last_started_at) VALUES (?, ?)")) {
            insert.setString(1, job);
            insert.setLong(2, at);
            return insert.executeUpdate() == 1;
        }
    }
}

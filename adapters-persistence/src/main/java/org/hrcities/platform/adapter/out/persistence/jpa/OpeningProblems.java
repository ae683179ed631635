package org.hrcities.platform.adapter.out.persistence.jpa;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;

/**
 * Says in one sentence why the database could not be opened, for the log and the readiness check:
 * which server or file, and what to look at. It names the host and port, the database and the user,
 * never a password or the rest of the JDBC URL (which may carry one).
 */
final class OpeningProblems {

    /** H2's error codes (org.h2.api.ErrorCode) for the cases an operator meets. */
    private static final int H2_IN_USE = 90020;
    private static final int H2_CORRUPTED = 90030;
    private static final int H2_IO_1 = 90028;
    private static final int H2_IO_2 = 90031;
    private static final int H2_FILE_CREATION = 90062;
    private static final int H2_NO_RIGHTS = 90096;

    private static final Pattern SERVER = Pattern.compile("^jdbc:postgresql://(?:[^@/?]*@)?([^/?]*)(?:/([^?;]*))?");
    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;]*)");

    private OpeningProblems() {
    }

    /** The sentence for a failure to open the storage described by {@code settings}. */
    static String describe(Throwable failure, JpaSettings settings) {
        Database database = Database.of(settings.url());
        FlywayException migration = find(failure, FlywayException.class);
        SQLException sql = find(failure, SQLException.class);
        if (migration != null && (sql == null || !isConnectionProblem(sql))) {
            return "the schema migration failed and was not applied: " + firstLine(migration.getMessage());
        }
        return database == Database.H2 ? h2(sql, failure, settings) : postgresql(sql, failure, settings);
    }

    private static String postgresql(SQLException sql, Throwable failure, JpaSettings settings) {
        String server = "the PostgreSQL server at " + group(SERVER, settings.url(), 1, "(no host)");
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        if (state.equals("28P01") || state.equals("28000")) {
            return server + " refused user \"" + settings.user() + "\": wrong password or no such user"
                    + " (hrc.db.user, hrc.db.password)";
        }
        if (state.equals("3D000")) {
            return "the database \"" + group(SERVER, settings.url(), 2, "") + "\" does not exist on " + server
                    + " (hrc.db.url)";
        }
        if (state.equals("57P03")) {
            return server + " is starting up";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return server + " cannot be found: unknown host (hrc.db.url)";
        }
        if (find(failure, ConnectException.class) != null || state.startsWith("08")) {
            return server + " cannot be reached (connection refused or timed out): is it running?";
        }
        return server + " could not be opened: " + firstLine(sql == null ? String.valueOf(failure) : sql.getMessage());
    }

    private static String h2(SQLException sql, Throwable failure, JpaSettings settings) {
        String file = "the H2 database " + group(H2_FILE, settings.url(), 1, "(no file)");
        int code = sql == null ? 0 : sql.getErrorCode();
        return switch (code) {
            case H2_IN_USE -> file + " is in use by another process: is another instance of the site running"
                    + " on the same data folder?";
            case H2_CORRUPTED -> file + " is corrupted: restore it from a backup";
            case H2_IO_1, H2_IO_2, H2_FILE_CREATION, H2_NO_RIGHTS -> file + " cannot be read or written: "
                    + firstLine(sql.getMessage());
            default -> file + " could not be opened: " + firstLine(sql == null ? String.valueOf(failure) : sql.getMessage());
        };
    }

    private static boolean isConnectionProblem(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")
                || state.equals("57P03"));
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String group(Pattern pattern, String url, int group, String otherwise) {
        Matcher matcher = pattern.matcher(url);
        return matcher.find() && matcher.group(group) != null ? matcher.group(group) : otherwise;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}

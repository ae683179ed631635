package org.hrcities.platform.adapter.out.persistence.jpa;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hrcities.platform.adapter.out.persistence.Hmac;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.out.SiteKeyPort;

/**
 * The site's keys in {@code site_keys}: the first process to ask for a key draws it and inserts it;
 * one that asks at the same moment meets the primary key and reads the winner's. Read once per
 * process (a key never changes once drawn), and used here only: callers get signatures, never keys.
 */
final class JpaSiteKeys implements SiteKeyPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    JpaSiteKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public byte[] sign(String keyName, byte[] data) {
        return Hmac.sha256(known.computeIfAbsent(keyName, this::readOrDraw), data);
    }

    private byte[] readOrDraw(String name) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                byte[] stored = read(connection, name);
                if (stored == null) {
                    stored = new byte[Hmac.KEY_LENGTH];
                    random.nextBytes(stored);
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO site_keys (name, key_value, created_at) VALUES (?, ?, ?)")) {
                        insert.setString(1, name);
                        insert.setString(2, Base64.getEncoder().encodeToString(stored));
                        insert.setTimestamp(3, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                }
                connection.commit();
                return stored;
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    byte[] theirs = read(connection, name);
                    connection.commit();
                    if (theirs != null) {
                        return theirs;
                    }
                }
                throw e;
            }
        } catch (SQLException e) {
            if (JpaTransactions.isUnavailability(e)) {
                throw new StorageUnavailableException("the database is unavailable", e);
            }
            throw new IllegalStateException("could not read the site's key " + name, e);
        }
    }

    private static byte[] read(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT key_value FROM site_keys WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Base64.getDecoder().decode(row.getString(1)) : null;
            }
        }
    }
}

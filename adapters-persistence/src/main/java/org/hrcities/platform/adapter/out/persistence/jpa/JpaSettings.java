package org.hrcities.platform.adapter.out.persistence.jpa;

import java.util.Objects;

/**
 * Where the database is and how to reach it. The JDBC URL decides the database: {@code jdbc:h2:}
 * or {@code jdbc:postgresql:}. {@code connectTimeoutMillis} bounds how long a use case waits for a
 * connection: when the database is down, a request fails after that long instead of hanging.
 */
public record JpaSettings(String url, String user, String password, int maxPoolSize, int connectTimeoutMillis,
                          boolean sharedCache) {

    /** How long a use case waits for a connection unless configured otherwise. */
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 3_000;
    /** HikariCP's lower bound. */
    public static final int MIN_CONNECT_TIMEOUT_MILLIS = 250;

    public JpaSettings(String url, String user, String password, int maxPoolSize) {
        this(url, user, password, maxPoolSize, DEFAULT_CONNECT_TIMEOUT_MILLIS);
    }

    public JpaSettings(String url, String user, String password, int maxPoolSize, int connectTimeoutMillis) {
        this(url, user, password, maxPoolSize, connectTimeoutMillis, true);
    }

    /**
     * The same settings without EclipseLink's shared cache of entities: for an instance that shares its
     * database with others, whose writes that cache would never hear of.
     */
    public JpaSettings withoutSharedCache() {
        return new JpaSettings(url, user, password, maxPoolSize, connectTimeoutMillis, false);
    }

    /** Whether the URL names a PostgreSQL database (otherwise H2). */
    public boolean onPostgresql() {
        return Database.of(url) == Database.POSTGRESQL;
    }

    public JpaSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
        if (connectTimeoutMillis < MIN_CONNECT_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("the connect timeout must be at least " + MIN_CONNECT_TIMEOUT_MILLIS + " ms");
        }
        Database.of(url);
    }

    /** Shows the URL and the user, never the password. */
    @Override
    public String toString() {
        return "JpaSettings[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize
                + ", connectTimeoutMillis=" + connectTimeoutMillis + ", sharedCache=" + sharedCache + "]";
    }
}

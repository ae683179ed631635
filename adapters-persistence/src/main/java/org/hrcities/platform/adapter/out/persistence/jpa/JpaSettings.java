package org.hrcities.platform.adapter.out.persistence.jpa;

import java.util.Objects;

/**
 * Where the database is and how to reach it. The JDBC URL decides the database: {@code jdbc:h2:}
 * or {@code jdbc:postgresql:}.
 */
public record JpaSettings(String url, String user, String password, int maxPoolSize) {

    public JpaSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
        Database.of(url);
    }

    /** Shows the URL and the user, never the password. */
    @Override
    public String toString() {
        return "JpaSettings[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}

package org.hrcities.platform.bootstrap;

import java.util.Locale;
import java.util.Objects;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaSettings;

/**
 * Which storage adapter the site runs on ({@code hrc.storage}) and, for {@code jpa}, which database.
 */
public record StorageSettings(Kind kind, JpaSettings jpa) {

    /** The comments stored together by one transaction on PostgreSQL at most (decision 0035). */
    public static final int COMMENTS_PER_POSTGRESQL_TRANSACTION = 64;

    /** The storage adapters to choose from. */
    public enum Kind {
        /** In the heap: fast, and gone when the site stops. */
        MEMORY,
        /** A relational database through JPA: the H2 file by default, or PostgreSQL. */
        JPA;

        static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("hrc.storage must be jpa or memory, not \"" + text + "\"");
        }
    }

    public StorageSettings {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.JPA) {
            Objects.requireNonNull(jpa, "jpa settings");
        }
    }

    public static StorageSettings of(String kind, String url, String user, String password, int poolSize) {
        return of(kind, url, user, password, poolSize, JpaSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS);
    }

    public static StorageSettings of(String kind, String url, String user, String password, int poolSize,
                                     int connectTimeoutMillis) {
        Kind parsed = Kind.parse(kind);
        return new StorageSettings(parsed, parsed == Kind.JPA
                ? new JpaSettings(url, user, password, poolSize, connectTimeoutMillis) : null);
    }

    /**
     * The settings for an instance that shares its database with the other members of a cluster: the
     * JPA storage keeps no shared cache of entities, since it would not hear of the others' writes.
     */
    public StorageSettings forClusterMember() {
        return kind == Kind.JPA ? new StorageSettings(kind, jpa.withoutSharedCache()) : this;
    }

    /**
     * The comments stored together by one transaction at most: groups on PostgreSQL; one each on H2,
     * whose file a {@code kill -9} during grouped commits left unreadable (decision 0018), and in memory,
     * where there is no commit to share.
     */
    public int commentsPerTransaction() {
        return kind == Kind.JPA && jpa.onPostgresql() ? COMMENTS_PER_POSTGRESQL_TRANSACTION : 1;
    }

    /** For the start-up log: never the password. */
    public String describe() {
        return kind == Kind.MEMORY ? "memory" : kind.name().toLowerCase(Locale.ROOT) + " on " + jpa.url();
    }
}

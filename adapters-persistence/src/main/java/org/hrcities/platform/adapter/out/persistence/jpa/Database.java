package org.hrcities.platform.adapter.out.persistence.jpa;

import java.util.Locale;

/** The databases the JPA adapter supports, recognised by their JDBC URL. */
enum Database {
    H2("jdbc:h2:", "org.h2.Driver"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    private final String urlPrefix;
    private final String driverClass;

    Database(String urlPrefix, String driverClass) {
        this.urlPrefix = urlPrefix;
        this.driverClass = driverClass;
    }

    static Database of(String url) {
        for (Database database : values()) {
            if (url.startsWith(database.urlPrefix)) {
                return database;
            }
        }
        throw new IllegalArgumentException("unsupported database URL \"" + url
                + "\": use jdbc:h2:... or jdbc:postgresql:...");
    }

    String driverClass() {
        return driverClass;
    }

    /**
     * The URL to connect with. H2 delays writing a commit to its file by up to 500 ms by default, so a
     * crash can lose acknowledged writes; unless the URL chooses a {@code WRITE_DELAY} itself, every
     * commit is written before it returns.
     */
    String durableUrl(String url) {
        if (this == H2 && !url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }
}

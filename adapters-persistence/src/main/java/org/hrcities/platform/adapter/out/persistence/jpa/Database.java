package org.hrcities.platform.adapter.out.persistence.jpa;

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
}

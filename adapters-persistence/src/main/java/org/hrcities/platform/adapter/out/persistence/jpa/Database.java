package org.hrcities.platform.adapter.out.persistence.jpa;

import java.util.Locale;

/** The databases the JPA adapter supports, recognised by their JDBC URL. */
enum Database {
    H2("jdbc:h2:", "org.h2.Driver"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    /** The size of H2's page cache in KB, see {@link #connectionUrl}. */
    static final int H2_CACHE_KB = 16_384;

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
     * The URL to connect with, with two H2 settings unless the URL chooses them itself:
     * <ul>
     * <li>{@code WRITE_DELAY=0}: H2 delays writing a commit to its file by up to 500 ms by default, so a
     *     crash could lose acknowledged writes; with 0 every commit is written before it returns.</li>
     * <li>{@code CACHE_SIZE=16384} (KB, H2's own default size, set explicitly): left unset, H2's page
     *     cache keeps weak references to pages it no longer holds, which fill the old generation of a
     *     small heap under a stream of commits.</li>
     * </ul>
     * Why, with the figures: docs/decisions/0009-h2-urls-get-durable-commits-and-a-set-cache-size.md.
     */
    String connectionUrl(String url) {
        if (this != H2) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder settled = new StringBuilder(url);
        if (!upper.contains(";WRITE_DELAY=")) {
            settled.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";CACHE_SIZE=")) {
            settled.append(";CACHE_SIZE=").append(H2_CACHE_KB);
        }
        return settled.toString();
    }
}

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
     * <li>{@code CACHE_SIZE=16384} (KB, H2's own default size, set explicitly): left to its default, H2
     *     2.2's page cache kept about 177,000 entries under a stream of comments (156,000 of them weak
     *     references to pages it no longer held), which filled the old generation of the site's 256 MB
     *     heap and caused a 165-225 ms full collection every 6 s; set on connecting, it kept 26,000 and
     *     there were none (bench/run small h2, submission p99 203-233 ms before, 78-88 ms after).</li>
     * </ul>
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

package org.hrcities.platform.testing;

import org.junit.jupiter.api.Assertions;

/**
 * Something outside the JVM that some tests need and a fresh machine may lack. A test (or a class, from
 * its {@code @BeforeAll}) that finds it missing calls {@link #missing(String)}: the test is skipped
 * (aborted, never errored) and {@link SkippedTestsReport} counts it in one line at the end of the run, or,
 * where the requirement's property is {@code true} (as {@code .ci/run} sets it), the test fails.
 */
public enum TestRequirement {

    /** A PostgreSQL server to create throw-away databases on ({@code HRC_TEST_PG_URL}). */
    POSTGRESQL("PostgreSQL", "hrc.test.pg.required"),
    /** The PostgreSQL binaries, to start a private server that a test may stop ({@code -Dhrc.test.pg.bin=}). */
    PRIVATE_POSTGRESQL("private PostgreSQL server", "hrc.test.pg.required"),
    /** Debian's headless Chromium and chromedriver ({@code -Dhrc.chromium=}, {@code -Dhrc.chromedriver=}). */
    BROWSER("browser", "hrc.test.browser.required"),
    /** Debian's nginx and openssl, to run the deployment kit's proxy configuration in front of the site. */
    NGINX("nginx", "hrc.test.deploy.required"),
    /** systemd's {@code systemd-analyze}, to check the deployment kit's service file. */
    SYSTEMD("systemd", "hrc.test.deploy.required");

    private final String label;
    private final String requiredProperty;

    TestRequirement(String label, String requiredProperty) {
        this.label = label;
        this.requiredProperty = requiredProperty;
    }

    /** How the run's report names the tests that need it: "PostgreSQL", "browser"... */
    public String label() {
        return label;
    }

    /** The system property that, set to {@code true}, turns a missing requirement into a failure. */
    public String requiredProperty() {
        return requiredProperty;
    }

    public boolean required() {
        return Boolean.getBoolean(requiredProperty);
    }

    /**
     * Skips the calling test, or fails it when this requirement is required. Never returns: the result
     * type lets a caller write {@code throw TestRequirement.BROWSER.missing(reason)}.
     *
     * @param reason what is missing, in words a reader can act on, e.g. "no PostgreSQL at jdbc:..."
     */
    public MissingTestRequirement missing(String reason) {
        if (required()) {
            Assertions.fail(label + " tests are required (-D" + requiredProperty + "=true), but " + reason);
        }
        throw new MissingTestRequirement(this, reason);
    }
}

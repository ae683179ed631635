package org.hrcities.platform.testing;

import org.opentest4j.TestAbortedException;

/** The abort of a test whose {@link TestRequirement} is missing on this machine: it is skipped and counted. */
public final class MissingTestRequirement extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    private final TestRequirement requirement;
    private final String reason;

    MissingTestRequirement(TestRequirement requirement, String reason) {
        super(requirement.label() + " test SKIPPED: " + reason);
        this.requirement = requirement;
        this.reason = reason;
    }

    public TestRequirement requirement() {
        return requirement;
    }

    public String reason() {
        return reason;
    }
}

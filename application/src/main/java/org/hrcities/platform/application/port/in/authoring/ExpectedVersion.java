package org.hrcities.platform.application.port.in.authoring;

import org.hrcities.platform.domain.shared.InvalidValueException;

/** Checks shared by the commands that change a post as the editor last read it. */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    static long require(long version) {
        if (version < 1) {
            throw new InvalidValueException("version", "version must be the version of the post as it was read (1 or more)");
        }
        return version;
    }
}

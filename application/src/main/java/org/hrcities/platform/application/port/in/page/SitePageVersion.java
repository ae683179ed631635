package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** A page as an editor read it: its id and the version a change or a deletion is made against. */
public record SitePageVersion(SitePageId id, long expectedVersion) {

    public SitePageVersion {
        Objects.requireNonNull(id, "id");
        check(expectedVersion);
    }

    static void check(long expectedVersion) {
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the version of the page as it was read (1 or more)");
        }
    }
}

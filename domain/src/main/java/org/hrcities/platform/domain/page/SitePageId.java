package org.hrcities.platform.domain.page;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a page of the site. */
public record SitePageId(UUID value) {

    public SitePageId {
        if (value == null) {
            throw new InvalidValueException("pageId", "page id is required");
        }
    }

    public static SitePageId generate() {
        return new SitePageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

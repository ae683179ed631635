package org.hrcities.platform.application.port.in.migration;

import java.util.Objects;

/**
 * What an address of the former platform named: a post by its id there ({@code ?p=42}), a page by its
 * id there ({@code ?page_id=7}), a post or page by its slug there (a post's current or earlier slug
 * first), or a category or tag by its key ({@code category:graz}).
 */
public record OldAddress(Kind kind, String key) {

    public OldAddress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public enum Kind {
        POST_ID, PAGE_ID, POST_SLUG, TOPIC
    }
}

package org.hrcities.platform.application.port.in.migration;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Slug;

/** Where content named by an old address lives now: a post, a page, a topic or a partner city, by its slug here. */
public record MovedContent(Kind kind, Slug slug) {

    public MovedContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
    }

    public enum Kind {
        POST, PAGE, TOPIC, PARTNER_CITY
    }
}

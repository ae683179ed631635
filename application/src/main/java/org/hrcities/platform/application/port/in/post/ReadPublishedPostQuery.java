package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Slug;

public record ReadPublishedPostQuery(Slug slug) {

    public ReadPublishedPostQuery {
        Objects.requireNonNull(slug, "slug");
    }
}

package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** A published translation of the page a visitor reads: where it is, and what it is called there. */
public record PublishedTranslation(Language language, Slug slug, String title) {

    public PublishedTranslation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
    }

    public static PublishedTranslation of(SitePage page) {
        return new PublishedTranslation(page.language(), page.slug(), page.title());
    }
}

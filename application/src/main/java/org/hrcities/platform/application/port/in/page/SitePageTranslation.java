package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** Another page of a page's translation group, as editors see it beside the page: draft or published. */
public record SitePageTranslation(SitePageId id, Language language, SitePageStatus status, Slug slug, String title) {

    public SitePageTranslation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
    }

    public static SitePageTranslation of(SitePage page) {
        return new SitePageTranslation(page.id(), page.language(), page.status(), page.slug(), page.title());
    }
}

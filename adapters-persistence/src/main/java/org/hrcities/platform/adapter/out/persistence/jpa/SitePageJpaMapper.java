package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** Maps pages to their rows and back. */
final class SitePageJpaMapper {

    private SitePageJpaMapper() {
    }

    static SitePage toDomain(SitePageJpaEntity row) {
        return SitePage.reconstitute(new SitePageId(row.id), new Language(row.language),
                new SitePageId(row.translationGroup), new Slug(row.slug), row.title, row.body,
                SitePageStatus.valueOf(row.status), row.menuPosition, row.updatedAt.toInstant(), row.version);
    }

    /** Writes the page's state into the row; the version is left to JPA. */
    static void copyInto(SitePage page, SitePageJpaEntity row) {
        row.language = page.language().code();
        row.translationGroup = page.translationGroup().value();
        row.slug = page.slug().value();
        row.title = page.title();
        row.body = page.body();
        row.status = page.status().name();
        row.menuPosition = page.menuPosition().orElse(null);
        row.updatedAt = page.updatedAt().atOffset(ZoneOffset.UTC);
    }
}

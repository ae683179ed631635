package org.hrcities.platform.application.port.in.page;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.Language;

/**
 * A page as an editor opens it, draft or published, with its version (to send back with a change)
 * and the other pages of its translation group, in any status, by language code.
 */
public record SitePageForAdministration(SitePage page, List<SitePageTranslation> translations) {

    public SitePageForAdministration {
        Objects.requireNonNull(page, "page");
        translations = List.copyOf(translations);
    }

    public SitePageId id() {
        return page.id();
    }

    public Language language() {
        return page.language();
    }

    public long version() {
        return page.version();
    }
}

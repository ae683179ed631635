package org.hrcities.platform.application.port.in.page;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;

/**
 * A published page as visitors read it, with its published translations into the site's other
 * languages, by language code (drafts are never named).
 */
public record PublishedSitePage(SitePage page, List<PublishedTranslation> translations) {

    public PublishedSitePage {
        Objects.requireNonNull(page, "page");
        translations = List.copyOf(translations);
    }

    public Language language() {
        return page.language();
    }
}

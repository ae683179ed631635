package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** Visitors read a published page in one of the site's languages. */
public interface ReadSitePageUseCase {

    /**
     * @throws SitePageNotFoundException if no page of the language has the slug, the page is a draft,
     *         or the site is not written in the language
     */
    PublishedSitePage readPublishedPage(Language language, Slug slug);
}

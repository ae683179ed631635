package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Slug;

/** Visitors read a published page. */
public interface ReadSitePageUseCase {

    /** @throws SitePageNotFoundException if no page has the slug, or the page is a draft */
    SitePage readPublishedPage(Slug slug);
}

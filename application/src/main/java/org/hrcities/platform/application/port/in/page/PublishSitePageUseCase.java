package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePage;

/** Editors put a page on the site or take it off (back to a draft). */
public interface PublishSitePageUseCase {

    /**
     * @throws SitePageNotFoundException if no page has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the page changed since it was read
     */
    SitePage publishPage(SitePageVersion page);

    /** Like {@link #publishPage}, the other way. */
    SitePage unpublishPage(SitePageVersion page);
}
